using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>A SQLite database file (<c>type: sqlite</c>), the embedded default source.</summary>
public sealed record SqliteSource : SourceProfile
{
    public override string Type => "sqlite";

    /// <summary>Absolute path of the database file (<c>path:</c> resolved against the project directory).</summary>
    public required string Path { get; init; }

    public override string Describe() => $"sqlite:{Path}";
}
