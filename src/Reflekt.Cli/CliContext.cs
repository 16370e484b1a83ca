using System.CommandLine;
using Reflekt.Cli.Logging;
using Reflekt.Cli.Rendering;
using Reflekt.Projects;
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
        ConsoleFactory.Create(Host.Out, Host.SupportsColor && !parseResult.GetValue(CommonOptions.NoColor), Host.IsInteractive, Host.Width);

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
        return project;
    }

    /// <summary>The --project-dir value made absolute, or null.</summary>
    public string? ExplicitProjectDirectory(ParseResult parseResult) =>
        parseResult.GetValue(CommonOptions.ProjectDir) is { } dir ? Path.GetFullPath(dir, Host.WorkingDirectory) : null;
}
