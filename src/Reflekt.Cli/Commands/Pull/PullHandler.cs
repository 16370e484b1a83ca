using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;

namespace Reflekt.Cli.Commands.Pull;

/// <summary>Options → registry from the profile → pull and write schemas/ → list of changed files → exit code.</summary>
internal sealed class PullHandler(ParseResult parseResult, CliContext context, ResilientHttpOptions? http = null)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var console = context.CreateConsole(parseResult);
        var type = parseResult.GetRequiredValue(PullCommand.Registry);
        var select = parseResult.GetRequiredValue(PullCommand.Select);
        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult);
        var registry = RegistryFactory.Create(project, profile, type, (http ?? ResilientHttpOptions.Default) with { Trace = context.Log.Debug });
        using var disposable = registry as IDisposable;

        context.Log.Info($"pull --registry {type} --select {select}");
        var outcome = await RegistrySync.PullAsync(project, registry, select, cancellationToken);
        RegistryOutputView.WritePull(console, type, select, project.Directory, outcome, parseResult.GetValue(CommonOptions.Verbose));
        return ReflektCli.Success;
    }
}
