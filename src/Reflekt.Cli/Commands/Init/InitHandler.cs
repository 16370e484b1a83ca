using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Projects;
using Reflekt.Projects.Scaffolding;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Init;

/// <summary>Asks (or takes flags), plans every file, refuses an existing project, then writes the project.</summary>
internal sealed class InitHandler(ParseResult parseResult, CliContext context, IPrompter? prompter = null)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var console = context.CreateConsole(parseResult);
        if (parseResult.GetValue(InitCommand.Demo) is { } demo)
        {
            return await InitDemo.ExecuteAsync(Path.GetFullPath(demo, context.Host.WorkingDirectory), console, context, cancellationToken);
        }

        var directory = Path.GetFullPath(parseResult.GetValue(InitCommand.Dir)!, context.Host.WorkingDirectory);
        var existing = Path.Combine(directory, ReflektProject.FileName);
        if (File.Exists(existing))
        {
            throw new ReflektException($"Reflekt project already found: {directory} (existing configuration: {existing}); init never modifies an existing project");
        }

        var settings = new InitQuestions(parseResult, prompter ?? CreatePrompter(console, cancellationToken), context.Host.WorkingDirectory).Ask(directory);
        var files = ProjectScaffold.Plan(settings, context.Host.Environment);
        await ProjectScaffold.WriteAsync(files, cancellationToken);

        context.Log.Open(directory);
        context.Log.Info($"init: created project {settings.Name} with profile {settings.ProfileName} ({settings.Source.Type} source{(settings.Registry is null ? "" : $", {settings.Registry.Type} registry")})");
        console.MarkupLine($"Created Reflekt project [green]{Markup.Escape(settings.Name)}[/] at {Markup.Escape(directory)}");
        foreach (var path in files.Keys.Order(StringComparer.Ordinal))
        {
            console.WriteLine($"  {Path.GetRelativePath(directory, path)}");
        }

        console.WriteLine("Next: reflekt debug   (checks the configuration and connects to the source)");
        return ReflektCli.Success;
    }

    private IPrompter CreatePrompter(IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(InitCommand.NoInput))
        {
            return new DefaultsPrompter();
        }

        return context.Host.IsInteractive
            ? new LinePrompter(console, context.Host.In, context.Host.CanHideInput, cancellationToken)
            : throw new ReflektException("reflekt init asks questions but there is no terminal: pass --no-input (and flags for the answers)");
    }
}
