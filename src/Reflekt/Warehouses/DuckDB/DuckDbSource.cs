using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>A DuckDB database file (<c>type: duckdb</c>, <c>path:</c>), as dbt-duckdb uses locally.</summary>
public sealed record DuckDbSource : SourceProfile
{
    public override string Type => "duckdb";

    /// <summary>Absolute path of the database file (<c>path:</c> resolved against the project directory).</summary>
    public required string Path { get; init; }

    public override string Describe() => $"duckdb:{Path}";
}
