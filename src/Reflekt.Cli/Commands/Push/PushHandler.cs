using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Push;

/// <summary>Options → registry from the profile → (confirm a delete) → push → list of changes → exit code.</summary>
internal sealed class PushHandler(ParseResult parseResult, CliContext context, ResilientHttpOptions? http = null)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var console = context.CreateConsole(parseResult);
        var type = parseResult.GetRequiredValue(PushCommand.Registry);
        var select = parseResult.GetRequiredValue(PushCommand.Select);
        var delete = parseResult.GetValue(PushCommand.Delete);
        var dryRun = parseResult.GetValue(PushCommand.DryRun);
        var allowBreaking = parseResult.GetValue(PushCommand.AllowBreaking);
        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult);
        var registry = RegistryFactory.Create(project, profile, type, (http ?? ResilientHttpOptions.Default) with { Trace = context.Log.Debug });
        using var disposable = registry as IDisposable;

        if (delete && !dryRun && !parseResult.GetValue(PushCommand.Force) && !await ConfirmDeleteAsync(console, select))
        {
            console.WriteLine("Nothing deleted.");
            return ReflektCli.Success;
        }

        context.Log.Info($"push --registry {type} --select {select}{(delete ? " --delete" : "")}{(dryRun ? " --dry-run" : "")}{(allowBreaking ? " --allow-breaking" : "")}");
        var result = await RegistrySync.PushAsync(project, registry, select, delete, dryRun, cancellationToken, allowBreaking);
        RegistryOutputView.WritePush(console, type, select, result, parseResult.GetValue(CommonOptions.Verbose));
        return result.Refused ? ReflektCli.Findings : ReflektCli.Success;
    }

    private async Task<bool> ConfirmDeleteAsync(IAnsiConsole console, string select)
    {
        if (!context.Host.IsInteractive)
        {
            throw new ReflektException($"--delete asks for confirmation, but there is no terminal to ask in; add --force to delete what --select {select} selects.");
        }

        console.Write(new Text($"Are you sure you want to delete the schema(s) selected by:\n   --select {select}\n [y/N] "));
        var answer = (await context.Host.In.ReadLineAsync() ?? "").Trim();
        return answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase);
    }
}
