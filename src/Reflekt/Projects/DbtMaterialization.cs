namespace Reflekt.Projects;

/// <summary>How the package's models are materialised (<c>artifacts.dbt.models.materialized</c>).</summary>
public enum DbtMaterialization
{
    View,
    Table,

    /// <summary>Merged by the model's key, re-reading a lookback window of late rows on each run.</summary>
    Incremental,
}
