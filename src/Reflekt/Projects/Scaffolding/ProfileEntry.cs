namespace Reflekt.Projects.Scaffolding;

/// <summary>A source or registry to write into a new profile: its type and settings in file order.</summary>
public sealed record ProfileEntry(string Type, IReadOnlyList<ProfileSetting> Settings)
{
    /// <summary>
    /// A database file the source opens (relative to the project), created empty when missing so the new profile
    /// connects at once; null when the source needs none (an empty SQLite file is an empty database).
    /// </summary>
    public string? EmptyDatabaseFile { get; init; }
}
