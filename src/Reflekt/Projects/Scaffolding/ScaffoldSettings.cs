namespace Reflekt.Projects.Scaffolding;

/// <summary>Everything <c>reflekt init</c> asks for; <see cref="ProjectScaffold"/> turns it into files.</summary>
public sealed record ScaffoldSettings
{
    /// <summary>Absolute path of the new project's directory.</summary>
    public required string Directory { get; init; }

    public required string Name { get; init; }

    public required string Vendor { get; init; }

    /// <summary><c>profiles_path</c> as written into the project file (relative to the project, or <c>~/…</c>).</summary>
    public required string ProfilesPath { get; init; }

    public required string ProfileName { get; init; }

    /// <summary>The source to create; its settings start with <c>id</c>.</summary>
    public required ProfileEntry Source { get; init; }

    /// <summary>The registry to create, or null for none.</summary>
    public ProfileEntry? Registry { get; init; }

    /// <summary>Version of the tool writing the project, pinned in its tool manifest so CI runs the same one.</summary>
    public required string ToolVersion { get; init; }
}
