using System.Text.Json;

namespace Reflekt.Projects;

/// <summary>The project's <c>artifacts.dbt</c> block: how <c>reflekt build --artifact dbt</c> names and decorates its output.</summary>
/// <param name="Sources">File prefix and freshness of the generated source.</param>
/// <param name="Models">Model prefix, filter, casts and materialisation.</param>
/// <param name="Docs">Docs prefix, folder and configured tests.</param>
/// <param name="DbtVersion">The oldest dbt the package is written for (<c>artifacts.dbt.dbt_version</c>).</param>
public sealed record DbtSettings(DbtSourceSettings Sources, DbtModelSettings Models, DbtDocsSettings Docs, DbtTarget DbtVersion = DbtTarget.V1_10)
{
    /// <summary>Upstream's defaults (written by <c>reflekt init</c>).</summary>
    public static DbtSettings Default { get; } = new(DbtSourceSettings.Default, DbtModelSettings.Default, DbtDocsSettings.Default);
}

/// <summary><c>artifacts.dbt.sources</c>: file prefix, and optional freshness for the generated source.</summary>
/// <param name="Prefix">Source file prefix, upstream <c>__src_</c>.</param>
/// <param name="LoadedAtField">Column dbt uses for freshness (e.g. <c>received_at</c>), or null.</param>
/// <param name="Freshness">Source freshness thresholds, or null for none.</param>
/// <param name="Tables">Per raw table overrides of <paramref name="LoadedAtField"/> and <paramref name="Freshness"/>.</param>
public sealed record DbtSourceSettings(
    string Prefix,
    string? LoadedAtField = null,
    DbtFreshness? Freshness = null,
    IReadOnlyDictionary<string, DbtSourceTableSettings>? Tables = null)
{
    public static DbtSourceSettings Default { get; } = new("__src_");

    /// <summary>The override for a raw table, or null.</summary>
    public DbtSourceTableSettings? For(string table) => Tables?.GetValueOrDefault(table);
}

/// <summary><c>artifacts.dbt.sources.tables.&lt;table&gt;</c>: freshness settings of one source table.</summary>
public sealed record DbtSourceTableSettings(string? LoadedAtField, DbtFreshness? Freshness);

/// <summary><c>artifacts.dbt.models</c>: file prefix, SQL filter, casts, materialisation and contracts.</summary>
/// <param name="Prefix">Model file prefix, upstream <c>stg_</c>.</param>
/// <param name="Filter">SQL appended to each model (e.g. <c>where received_at &lt; getdate()</c>); "" for none.</param>
/// <param name="Cast">True to cast each column to the type its schema declares.</param>
/// <param name="Materialized">The package-wide <c>+materialized</c> written to the package's <c>dbt_project.yml</c>.</param>
/// <param name="Lookback">How far behind the newest loaded row an incremental run re-reads, for late redeliveries.</param>
/// <param name="Contract">True to write <c>contract: {enforced: true}</c> on every model.</param>
public sealed record DbtModelSettings(
    string Prefix,
    string Filter = "",
    bool Cast = false,
    DbtMaterialization Materialized = DbtMaterialization.View,
    DbtLookback? Lookback = null,
    bool Contract = false)
{
    public static DbtModelSettings Default { get; } = new("stg_");

    /// <summary>The lookback in effect: the setting, or 3 days.</summary>
    public DbtLookback EffectiveLookback => Lookback ?? DbtLookback.Default;
}

/// <summary><c>artifacts.dbt.docs</c>: file prefix, folder layout and generic tests per column name.</summary>
/// <param name="Prefix">Docs file prefix, upstream <c>_stg_</c>.</param>
/// <param name="InFolder">True to put docs files in a <c>docs/</c> folder.</param>
/// <param name="Tests">Column name → dbt tests, each a string (<c>unique</c>) or a mapping as dbt accepts it.</param>
public sealed record DbtDocsSettings(string Prefix, bool InFolder, IReadOnlyDictionary<string, IReadOnlyList<JsonElement>> Tests)
{
    public static DbtDocsSettings Default { get; } = new("_stg_", false, new Dictionary<string, IReadOnlyList<JsonElement>>(StringComparer.Ordinal));
}

/// <summary>dbt source freshness (<c>warn_after</c>, <c>error_after</c>, optional <c>filter</c>).</summary>
public sealed record DbtFreshness(DbtFreshnessThreshold? WarnAfter, DbtFreshnessThreshold? ErrorAfter, string? Filter = null);

/// <summary>One freshness threshold: <c>{count: 12, period: hour}</c>.</summary>
public sealed record DbtFreshnessThreshold(int Count, DbtFreshnessPeriod Period);

/// <summary>The period of a freshness threshold, as dbt spells it.</summary>
public enum DbtFreshnessPeriod
{
    Minute,
    Hour,
    Day,
}
