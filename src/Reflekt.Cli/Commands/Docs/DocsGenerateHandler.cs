using System.CommandLine;
using Reflekt.Codegen;

namespace Reflekt.Cli.Commands.Docs;

/// <summary><c>docs generate</c>: the site, written to its folder; files whose bytes are unchanged are left alone.</summary>
internal sealed class DocsGenerateHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var project = context.LoadProject(parseResult);
        var (site, files) = await DocsSiteLoader.LoadAsync(project, parseResult, context.Host.Environment, cancellationToken);
        var output = parseResult.GetValue(DocsCommand.Out) is { } outSetting
            ? Path.GetFullPath(outSetting, context.Host.WorkingDirectory)
            : Path.Combine(project.Directory, "artifacts", "docs");
        GeneratedCode.Update(output, files);
        context.Log.Info($"docs: {site.Events.Count} events into {output}");
        await context.Host.Out.WriteLineAsync($"Wrote the docs site for {site.Events.Count} events to {Path.GetRelativePath(context.Host.WorkingDirectory, output)} (open index.html)");
        return ReflektCli.Success;
    }
}
