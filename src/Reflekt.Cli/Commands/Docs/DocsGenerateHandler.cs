using System.CommandLine;
using Reflekt.Codegen;
using Reflekt.Docs;
using Reflekt.Linting;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Docs;

/// <summary>Project → lint + stored reflections → site model → files, written at once.</summary>
internal sealed class DocsGenerateHandler(ParseResult parseResult, CliContext context)
{
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var project = context.LoadProject(parseResult);
        var catalog = project.LoadCatalog();
        var files = catalog.Select(SchemaSelection.Of(parseResult.GetValue(DocsCommand.Select)));
        var schemas = files.Select(f => f.RequireSchema()).ToList();
        var rules = LintRuleSet.Default(ProjectMetaSchema.Compile(catalog));
        var report = new Linter(LintOptions.From(project), rules).Lint(files, catalog.Schemas, cancellationToken: cancellationToken);
        var input = new DocsInput(project.Name, schemas, report.Diagnostics, project.Dbt.Models.Prefix);
        if (parseResult.GetValue(DocsCommand.Source) is { } sourceText)
        {
            var source = SourceAddress.Parse(sourceText);
            var store = new ReflectionStore(Path.Combine(project.Directory, ReflectionStore.ProjectCacheDirectory));
            var snapshots = (await store.LoadAllAsync(cancellationToken)).Where(s => s.Source == source.Key).ToList();
            if (snapshots.Count == 0)
            {
                throw new ReflektException($"--source {sourceText}: no reflection stored in {store.Directory}; run 'reflekt reflect --source {sourceText}' first");
            }

            var naming = WarehouseNaming.Segment;
            var expectations = ExpectationBuilder.Build(files.Select(SchemaVersionInput.From).ToList(), naming);
            // Freshness as of the last reflection, so the same snapshots give the same site.
            var at = snapshots.Max(s => s.ReflectedAt ?? s.LastAttemptAt);
            var drift = DriftAnalyzer.Analyze(expectations, snapshots.ToDictionary(s => s.Table, StringComparer.OrdinalIgnoreCase), [], ExpectationBuilder.Options(naming, at, null));
            input = input with { Source = source.Key, SourceSchema = source.Schema, Snapshots = snapshots, Drift = drift };
        }

        var site = DocsSiteBuilder.Build(input);
        var output = parseResult.GetValue(DocsCommand.Out) is { } outSetting
            ? Path.GetFullPath(outSetting, context.Host.WorkingDirectory)
            : Path.Combine(project.Directory, "artifacts", "docs");
        GeneratedCode.Write(output, SiteRenderer.Render(site));
        context.Log.Info($"docs: {site.Events.Count} events into {output}");
        await context.Host.Out.WriteLineAsync($"Wrote the docs site for {site.Events.Count} events to {Path.GetRelativePath(context.Host.WorkingDirectory, output)} (open index.html)");
        return ReflektCli.Success;
    }
}
