namespace Reflekt.Projects;

/// <summary>
/// The dbt release line a package is written for (<c>artifacts.dbt.dbt_version</c>): which YAML spellings it uses and
/// which <c>require-dbt-version</c> range it declares. Each range admits only releases that read every spelling used.
/// </summary>
public enum DbtTarget
{
    /// <summary>dbt 1.0–1.7: <c>tests:</c>, test arguments and source freshness at the top level.</summary>
    V1_7,

    /// <summary>dbt 1.8–1.10: <c>data_tests:</c>; arguments and freshness still at the top level (1.10 warns, reads them).</summary>
    V1_8,

    /// <summary>dbt 1.10.5+ and 2.x: <c>data_tests:</c>, <c>arguments:</c>, source freshness and meta under <c>config:</c>.</summary>
    V1_10,
}
