using System.Text;
using Reflekt.Projects.Yaml;

namespace Reflekt.Projects.Scaffolding;

/// <summary>
/// Creates a new project: plans every file in memory (refusing an existing project or profile before
/// anything is written), then writes each file atomically. Existing README.md and .gitignore are kept
/// (missing ignore lines are appended).
/// </summary>
public static class ProjectScaffold
{
    /// <summary>The files to write, by absolute path, with their full new content.</summary>
    /// <exception cref="ReflektException">The directory already holds a project, or the profiles file already has the profile.</exception>
    public static IReadOnlyDictionary<string, string> Plan(ScaffoldSettings settings, ProfileEnvironment environment)
    {
        var directory = settings.Directory;
        var projectFile = Path.Combine(directory, ReflektProject.FileName);
        if (File.Exists(projectFile))
        {
            throw new ReflektException($"Reflekt project already found: {directory} (existing configuration: {projectFile}); init never modifies an existing project");
        }

        if (!settings.ProfilesPath.EndsWith(".yml", StringComparison.Ordinal) && !settings.ProfilesPath.EndsWith(".yaml", StringComparison.Ordinal))
        {
            throw new ReflektException($"profiles path '{settings.ProfilesPath}' must name a YAML file (.yml or .yaml)");
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [projectFile] = ProjectTemplates.ProjectFile(settings),
            [Path.Combine(directory, "schemas", ".reflekt", "meta", "1-0.json")] = ProjectTemplates.MetaSchema,
            [Path.Combine(directory, "schemas", ".gitkeep")] = "",
            [Path.Combine(directory, "artifacts", ".gitkeep")] = "",
        };

        // A workflow already there is the user's: kept, like README.md.
        var workflow = CiWorkflow.WorkflowPath(directory);
        if (!File.Exists(workflow))
        {
            files[workflow] = CiWorkflow.Workflow(directory);
        }

        var manifest = Path.Combine(directory, ".config", "dotnet-tools.json");
        files[manifest] = CiWorkflow.ToolManifest(File.Exists(manifest) ? File.ReadAllText(manifest) : null, manifest, settings.ToolVersion);

        var readme = Path.Combine(directory, "README.md");
        if (!File.Exists(readme))
        {
            files[readme] = ProjectTemplates.Readme(settings);
        }

        var profilesFile = environment.ResolvePath(settings.ProfilesPath, directory);
        var gitignore = Path.Combine(directory, ".gitignore");
        files[gitignore] = MergeIgnore(File.Exists(gitignore) ? File.ReadAllText(gitignore) : null, ProfilesIgnoreLine(profilesFile, directory));

        files[profilesFile] = PlanProfiles(profilesFile, settings);

        // Never an existing database: init only creates what the new profile would otherwise miss.
        if (settings.Source.EmptyDatabaseFile is { } database && environment.ResolvePath(database, directory) is var databaseFile && !File.Exists(databaseFile))
        {
            files[databaseFile] = "";
        }

        return files;
    }

    /// <summary>Writes planned files, each through a temporary file and a rename.</summary>
    public static async Task WriteAsync(IReadOnlyDictionary<string, string> files, CancellationToken cancellationToken)
    {
        foreach (var (path, content) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".reflekt-tmp";
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
    }

    private static string PlanProfiles(string profilesFile, ScaffoldSettings settings)
    {
        if (!File.Exists(profilesFile) || string.IsNullOrWhiteSpace(File.ReadAllText(profilesFile)))
        {
            return ProjectTemplates.ProfilesFile(settings);
        }

        // Keep the user's file byte for byte (comments included) and append the new profile.
        var existing = YamlDocument.Load(profilesFile);
        if (existing.IsEmpty)
        {
            // Only comments: keep them, then a whole new file's content.
            return File.ReadAllText(profilesFile).TrimEnd('\n') + "\n\n" + ProjectTemplates.ProfilesFile(settings);
        }

        var root = ConfigNode.Root(existing, sensitive: true);
        if (root.Has(settings.ProfileName))
        {
            throw new ReflektException($"profile '{settings.ProfileName}' already exists in {profilesFile}; choose another profile name");
        }

        var text = File.ReadAllText(profilesFile);
        return text + (text.EndsWith('\n') ? "\n" : "\n\n") + ProjectTemplates.Profile(settings);
    }

    /// <summary>
    /// The ignore line for the profiles file init writes, whatever its name (it may hold a plain-text token), anchored
    /// to the project; null when the file lies outside the project (the project's .gitignore cannot cover it) or the
    /// template's own line already does.
    /// </summary>
    private static string? ProfilesIgnoreLine(string profilesFile, string directory)
    {
        if (!GitWorkTree.IsUnder(profilesFile, directory))
        {
            return null;
        }

        var relative = Path.GetRelativePath(directory, profilesFile).Replace(Path.DirectorySeparatorChar, '/');
        return relative == DefaultProfilesFile ? null : "/" + relative;
    }

    private const string DefaultProfilesFile = "reflekt_profiles.yml";

    private static string MergeIgnore(string? existing, string? profilesLine)
    {
        var template = profilesLine is null ? ProjectTemplates.GitIgnore : ProjectTemplates.GitIgnore + profilesLine + "\n";
        if (existing is null)
        {
            return template;
        }

        var lines = existing.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = template.Split('\n').Where(l => l.Length > 0 && !lines.Contains(l)).ToArray();
        return missing.Length == 0 ? existing : existing.TrimEnd('\n') + "\n" + string.Join('\n', missing) + "\n";
    }
}
