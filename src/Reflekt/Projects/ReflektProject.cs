using Reflekt.Schemas;

namespace Reflekt.Projects;

/// <summary>
/// A Reflekt project as configured by its <c>reflekt_project.yml</c>: loaded and validated once, then passed
/// around immutable. Build one in memory with an object initializer (tests) or read one with <see cref="Load"/>.
/// </summary>
public sealed record ReflektProject
{
    /// <summary>The project file name; its folder is the project directory.</summary>
    public const string FileName = "reflekt_project.yml";

    /// <summary>Absolute path of the project directory.</summary>
    public required string Directory { get; init; }

    /// <summary>Absolute path of <c>reflekt_project.yml</c>.</summary>
    public string FilePath => Path.Combine(Directory, FileName);

    /// <summary>Absolute path of the project's <c>schemas/</c> folder.</summary>
    public string SchemasDirectory => Path.Combine(Directory, "schemas");

    /// <summary><c>version</c> (1.0 for every known project).</summary>
    public double Version { get; init; } = 1.0;

    /// <summary><c>name</c>: used for the dbt package name and README templating.</summary>
    public required string Name { get; init; }

    /// <summary><c>vendor</c>: the default <c>self.vendor</c> of schemas, e.g. <c>com.example</c>; null when not set.</summary>
    public string? Vendor { get; init; }

    /// <summary><c>default_profile</c>: the profile used when <c>--profile</c> is not given.</summary>
    public required string DefaultProfile { get; init; }

    /// <summary><c>profiles_path</c> exactly as written in the file.</summary>
    public required string ProfilesPathSetting { get; init; }

    /// <summary>
    /// Absolute path of the profiles file: <c>REFLEKT_PROFILES_PATH</c> when set, else <c>profiles_path</c>
    /// with <c>~</c> expanded, relative to the project directory (not the working directory, unlike upstream).
    /// </summary>
    public required string ProfilesPath { get; init; }

    /// <summary>True when <see cref="ProfilesPath"/> came from <c>REFLEKT_PROFILES_PATH</c>.</summary>
    public bool ProfilesPathFromEnvironment { get; init; }

    /// <summary><c>schemas.conventions</c>.</summary>
    public SchemaConventions Conventions { get; init; } = SchemaConventions.Default;

    /// <summary><c>registry</c> (Avo branches).</summary>
    public RegistrySettings Registry { get; init; } = RegistrySettings.Default;

    /// <summary><c>lint</c> (rule severity overrides).</summary>
    public LintSettings Lint { get; init; } = LintSettings.Default;

    /// <summary><c>artifacts.dbt</c>; upstream's defaults when the block is absent.</summary>
    public DbtSettings Dbt { get; init; } = DbtSettings.Default;

    /// <summary>Line and column of every key in <c>reflekt_project.yml</c>, by JSON pointer (<c>/lint/rules/RK101</c>).</summary>
    public SourceMap Positions { get; init; } = SourceMap.Empty;

    /// <summary>Reads and validates <c>&lt;directory&gt;/reflekt_project.yml</c> (a path to the file itself works too).</summary>
    /// <exception cref="ReflektException">The file is missing, is not YAML, or breaks the project schema (message names file, line, column and key).</exception>
    public static ReflektProject Load(string directory, ProfileEnvironment? environment = null)
    {
        var full = Path.GetFullPath(directory);
        if (File.Exists(full) && Path.GetFileName(full) == FileName)
        {
            full = Path.GetDirectoryName(full)!;
        }

        return ProjectFileReader.Read(full, environment ?? ProfileEnvironment.Process);
    }

    /// <summary>Finds the nearest project at or above <paramref name="startDirectory"/> (like dbt; git not required) and loads it.</summary>
    /// <exception cref="ReflektException">No <c>reflekt_project.yml</c> at or above the directory, or it is invalid.</exception>
    public static ReflektProject Discover(string startDirectory, ProfileEnvironment? environment = null)
    {
        var directory = FindDirectory(startDirectory)
            ?? throw new ReflektException(
                $"No {FileName} found in {Path.GetFullPath(startDirectory)} or any parent directory. Run 'reflekt init' or pass --project-dir.");
        return Load(directory, environment);
    }

    /// <summary>The nearest directory at or above <paramref name="startDirectory"/> holding <c>reflekt_project.yml</c>, or null.</summary>
    public static string? FindDirectory(string startDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, FileName)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Reads every schema under <see cref="SchemasDirectory"/> (once; keep the result).</summary>
    public SchemaCatalog LoadCatalog() => SchemaCatalog.Load(SchemasDirectory);
}
