namespace Reflekt.Dbt;

/// <summary>A staging model as data: rendered to SQL and to docs YAML from the same column list, so they agree.</summary>
/// <param name="Name">Model (and file) name, e.g. <c>stg_raw__order_completed__v2_0</c>.</param>
/// <param name="SourceName">dbt source name (the raw schema).</param>
/// <param name="Table">Source table name as listed in the source YAML.</param>
/// <param name="Description">Model description.</param>
/// <param name="Filter">Lines of SQL placed after the <c>from</c> line, or empty.</param>
/// <param name="Columns">Output columns in order.</param>
/// <param name="Dedup">The raw message-id and receive-time columns to keep one row per message by, or null.</param>
/// <param name="Incremental">How an incremental run merges and what it re-reads, or null when the model is rebuilt.</param>
/// <param name="Meta">The model's <c>meta</c> (schema id, version, the schema's <c>self.metadata</c>), or empty.</param>
internal sealed record StagingModel(
    string Name,
    string SourceName,
    string Table,
    string Description,
    IReadOnlyList<string> Filter,
    IReadOnlyList<ModelColumn> Columns,
    MessageKey? Dedup = null,
    IncrementalPlan? Incremental = null,
    IReadOnlyList<KeyValuePair<string, System.Text.Json.JsonElement>>? Meta = null);

/// <summary>Raw columns that identify a CDP message (<c>id</c>) and order its redeliveries (<c>received_at</c>).</summary>
internal sealed record MessageKey(string IdColumn, string ReceivedAtColumn);

/// <summary>
/// An incremental model's merge key (an output column) and lookback: each run re-reads raw rows received up to
/// <paramref name="Lookback"/> before the newest row already in the model, so late redeliveries are merged, not lost.
/// </summary>
internal sealed record IncrementalPlan(string UniqueKey, string ReceivedAtColumn, string ReceivedAtAlias, Reflekt.Projects.DbtLookback Lookback)
{
    /// <summary>A model without a message id or receive time cannot merge safely: it is materialised as a table.</summary>
    public static IncrementalPlan FullRebuild { get; } = new("", "", "", Reflekt.Projects.DbtLookback.Default);

    public bool IsFullRebuild => UniqueKey.Length == 0;
}
