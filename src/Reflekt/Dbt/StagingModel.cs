namespace Reflekt.Dbt;

/// <summary>A staging model as data: rendered to SQL and to docs YAML from the same column list, so they agree.</summary>
/// <param name="Name">Model (and file) name, e.g. <c>stg_raw__order_completed__v2_0</c>.</param>
/// <param name="SourceName">dbt source name (the raw schema).</param>
/// <param name="Table">Source table name as listed in the source YAML.</param>
/// <param name="Description">Model description.</param>
/// <param name="Filter">Lines of SQL placed after the <c>from</c> line, or empty.</param>
/// <param name="Columns">Output columns in order.</param>
/// <param name="Dedup">The raw message-id and receive-time columns to keep one row per message by, or null.</param>
internal sealed record StagingModel(
    string Name,
    string SourceName,
    string Table,
    string Description,
    IReadOnlyList<string> Filter,
    IReadOnlyList<ModelColumn> Columns,
    MessageKey? Dedup = null);

/// <summary>Raw columns that identify a CDP message (<c>id</c>) and order its redeliveries (<c>received_at</c>).</summary>
internal sealed record MessageKey(string IdColumn, string ReceivedAtColumn);
