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
            [Path.Combine(directory, ".github", "workflows", "reflekt.yml")] = ProjectTemplates.Workflow,
        };

        var readme = Path.Combine(directory, "README.md");
        if (!File.Exists(readme))
        {
            files[readme] = ProjectTemplates.Readme(settings);
        }

        var gitignore = Path.Combine(directory, ".gitignore");
        files[gitignore] = MergeIgnore(File.Exists(gitignore) ? File.ReadAllText(gitignore) : null);

        var profilesFile = environment.ResolvePath(settings.ProfilesPath, directory);
        files[profilesFile] = PlanProfiles(profilesFile, settings);
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

    private static string MergeIgnore(string? existing)
    {
        if (existing is null)
        {
            return ProjectTemplates.GitIgnore;
        }

        var lines = existing.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = ProjectTemplates.GitIgnore.Split('\n').Where(l => l.Length > 0 && !lines.Contains(l)).ToArray();
        return missing.Length == 0 ? existing : existing.TrimEnd('\n') + "\n" + string.Join('\n', missing) + "\n";
    }
}
