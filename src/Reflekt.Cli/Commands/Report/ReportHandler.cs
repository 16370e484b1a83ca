using System.CommandLine;
using Reflekt.Reports;
using Reflekt.Schemas;

namespace Reflekt.Cli.Commands.Report;

/// <summary>Renders the selected schema(s) as Markdown: one to standard output, or each to its own .md file.</summary>
internal sealed class ReportHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var select = parseResult.GetValue(ReportCommand.Select) ?? [];
        var project = context.LoadProject(parseResult);
        var schemas = context.LoadCatalog(project).Select(SchemaSelection.Of(select));
        var toFile = parseResult.GetValue(ReportCommand.ToFile);
        if (!toFile && schemas.Count != 1)
        {
            throw new ReflektException(
                $"Command: 'reflekt report --select {string.Join(' ', select)}' matches {schemas.Count} schemas and cannot output multiple Markdown reports to terminal. Use --to-file to write to files instead.");
        }

        // Render everything first so that a broken schema leaves no half-written set of reports.
        var reports = schemas.Select(s => (Schema: s, Markdown: MarkdownReport.Render(s.RequireSchema()))).ToList();
        if (!toFile)
        {
            await context.Host.Out.WriteAsync(reports[0].Markdown);
            return ReflektCli.Success;
        }
        foreach (var (schema, markdown) in reports)
        {
            var path = Path.ChangeExtension(schema.FullPath, ".md");
            await File.WriteAllTextAsync(path, markdown, cancellationToken);
            await context.Host.Out.WriteLineAsync($"Wrote {Path.GetRelativePath(context.Host.WorkingDirectory, path)}");
            context.Log.Info($"report written to {path}");
        }
        return ReflektCli.Success;
    }
}
