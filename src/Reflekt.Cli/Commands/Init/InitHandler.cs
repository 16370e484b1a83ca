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

        await WarnAboutProfilesInGitAsync(context.Host.Environment.ResolvePath(settings.ProfilesPath, directory), directory);
        console.WriteLine($"Next: {NextStep.Command(context.Host, directory, "debug")}   (checks the configuration and connects to the source)");
        return ReflektCli.Success;
    }

    // The profiles file may hold a plain-text secret: say so when git could pick it up.
    private async Task WarnAboutProfilesInGitAsync(string profilesFile, string directory)
    {
        if (GitWorkTree.FindRoot(profilesFile) is not { } root)
        {
            return;
        }

        var covered = GitWorkTree.IsUnder(profilesFile, directory)
            ? $"it is listed in {Path.Combine(directory, ".gitignore")}; keep secrets in env_var() anyway"
            : $"this project's .gitignore cannot cover it: add it to {Path.Combine(root, ".gitignore")} or move it out";
        await context.Host.Error.WriteLineAsync($"warning: profiles file {profilesFile} lies inside the git work tree {root}: {covered}.");
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
