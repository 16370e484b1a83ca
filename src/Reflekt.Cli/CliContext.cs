using System.CommandLine;
using System.Diagnostics;
using Reflekt.Cli.Logging;
using Reflekt.Cli.Rendering;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Schemas;
using Spectre.Console;

namespace Reflekt.Cli;

/// <summary>One run of the CLI: the host, the run log, and helpers handlers share (console, project loading).</summary>
internal sealed class CliContext(CliHost host, IReadOnlyList<string> args)
{
    public CliHost Host { get; } = host;

    /// <summary>The run's log file; opens once a project directory is known.</summary>
    public RunLog Log { get; } = new(args);

    /// <summary>The console for results, coloured unless --no-color, NO_COLOR or a redirected output say otherwise.</summary>
    public IAnsiConsole CreateConsole(ParseResult parseResult) =>
        ConsoleFactory.Create(Host.Out, Host.SupportsColor && !parseResult.GetValue(CommonOptions.NoColor), Host.IsInteractive, Host.Width, Host.Height);

    /// <summary>The project named by --project-dir, or found by walking up from the working directory; opens the run log there.</summary>
    /// <exception cref="ReflektException">No project, or an invalid one.</exception>
    public ReflektProject LoadProject(ParseResult parseResult)
    {
        var explicitDirectory = parseResult.GetValue(CommonOptions.ProjectDir);
        ReflektProject project;
        if (explicitDirectory is not null)
        {
            var directory = Path.GetFullPath(explicitDirectory, Host.WorkingDirectory);
            if (!File.Exists(Path.Combine(directory, ReflektProject.FileName)))
            {
                throw new ReflektException($"--project-dir {directory}: no {ReflektProject.FileName} in this directory");
            }

            project = ReflektProject.Load(directory, Host.Environment);
        }
        else
        {
            project = ReflektProject.Discover(Host.WorkingDirectory, Host.Environment);
        }

        Log.Open(project.Directory);
        Log.Info($"project {project.Name} at {project.Directory}");
        Log.Debug($"read {project.FilePath}");
        return project;
    }

    /// <summary>The project's schemas, read once; -v says which files were read and how long it took.</summary>
    public SchemaCatalog LoadCatalog(ReflektProject project)
    {
        var started = Stopwatch.GetTimestamp();
        var catalog = project.LoadCatalog();
        if (Log.IsVerbose)
        {
            // One line per file only when asked for: the log file of a 10,000-event plan should not grow by as much.
            foreach (var schema in catalog.Schemas)
            {
                Log.Debug($"read {schema.FullPath}");
            }
        }

        Log.Debug($"read {catalog.Schemas.Count} schema file(s) under {catalog.SchemasDirectory} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return catalog;
    }

    /// <summary>The profile named by --profile (or the project's default), with its secrets resolved.</summary>
    public ReflektProfile LoadProfile(ReflektProject project, ParseResult parseResult, ProfileEnvironment? environment = null)
    {
        var profile = ReflektProfile.Load(project, parseResult.GetValue(CommonOptions.Profile), environment ?? Host.Environment);
        Log.Debug($"read profile '{profile.Name}' from {profile.FilePath}");
        return profile;
    }

    /// <summary>The --project-dir value made absolute, or null.</summary>
    public string? ExplicitProjectDirectory(ParseResult parseResult) =>
        parseResult.GetValue(CommonOptions.ProjectDir) is { } dir ? Path.GetFullPath(dir, Host.WorkingDirectory) : null;
}
