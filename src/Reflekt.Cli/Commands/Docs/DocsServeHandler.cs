using System.CommandLine;
using Reflekt.Server.Docs;

namespace Reflekt.Cli.Commands.Docs;

/// <summary>
/// <c>docs serve</c>: generates the site in memory, serves it, and regenerates it whenever a schema changes. A schema
/// that breaks the build is reported and the last good site stays up, as a watch mode should.
/// </summary>
internal sealed class DocsServeHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var project = context.LoadProject(parseResult);
        var (site, files) = await DocsSiteLoader.LoadAsync(project, parseResult, context.Host.Environment, cancellationToken);
        using var watch = new SchemaFolderWatch(project.SchemasDirectory);
        var host = parseResult.GetValue(DocsCommand.Host)!;
        var port = parseResult.GetValue(DocsCommand.Port);
        await using var server = DocsSiteServer.Create(host, port, files);
        await server.StartAsync(cancellationToken);

        await context.Host.Out.WriteLineAsync($"reflekt docs serve: {site.Events.Count} events on {server.Address} (regenerated when schemas/ changes; Ctrl+C stops)");
        await context.Host.Out.FlushAsync(cancellationToken);
        try
        {
            while (true)
            {
                await watch.WaitForChangeAsync(cancellationToken);
                await RegenerateAsync(server, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C / SIGTERM is how a serve command ends.
        }

        return ReflektCli.Success;
    }

    private async Task RegenerateAsync(DocsSiteServer server, CancellationToken cancellationToken)
    {
        try
        {
            // The project file may have changed too (conventions, dbt prefix): read it again with the schemas.
            var project = context.LoadProject(parseResult);
            var (site, files) = await DocsSiteLoader.LoadAsync(project, parseResult, context.Host.Environment, cancellationToken);
            server.Publish(files);
            context.Log.Info($"docs serve: regenerated {site.Events.Count} events (generation {server.Generation})");
            await context.Host.Out.WriteLineAsync($"reflekt docs serve: regenerated, {site.Events.Count} events");
        }
        catch (ReflektException e)
        {
            await context.Host.Error.WriteLineAsync($"error: {e.Message} (still serving the previous site)");
        }

        await context.Host.Out.FlushAsync(cancellationToken);
    }
}
