namespace Reflekt.Dbt;

/// <summary>
/// The <c>&lt;event&gt;</c> model of a table without <c>schema_id</c>: every MAJOR's model, newest first, under one
/// column list (the newest MAJOR's columns, then those only older MAJORs have), with the MAJOR's <c>schema_version</c>.
/// </summary>
/// <param name="Model">The union as a staging model: its name, description, meta and output columns (the last is
/// <c>schema_version</c>).</param>
/// <param name="Branches">Each MAJOR's model and version, newest first.</param>
internal sealed record UnionModel(StagingModel Model, IReadOnlyList<(StagingModel Major, string Version)> Branches)
{
    /// <summary>The output column naming which MAJOR's model a row came from.</summary>
    public const string VersionAlias = "schema_version";
}
