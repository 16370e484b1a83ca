using Reflekt.Diagnostics;
using System.CommandLine;
using Reflekt.Projects.Profiles;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Reflect;

/// <summary>Options → selected schemas → one reflection run (snapshots under .reflekt_cache/reflections/) → drift → render → exit code.</summary>
internal sealed class ReflectHandler(ParseResult parseResult, CliContext context, Func<SourceProfile, IWarehouse>? warehouses = null)
{
    private readonly Func<SourceProfile, IWarehouse> _warehouses = warehouses ?? WarehouseProviders.Connect;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var days = parseResult.GetValue(ReflectCommand.Days);
        var staleAfter = ReflectArguments.Duration("--stale-after", parseResult.GetValue(ReflectCommand.StaleAfter)!);
        var failOn = ReflectArguments.FailOn(parseResult.GetValue(ReflectCommand.FailOn));
        var settings = new ReflectionSettings { Days = days }.Validate();
        var sourceArgument = parseResult.GetValue(ReflectCommand.Source)!;
        var source = SourceAddress.Parse(sourceArgument);

        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult);
        var sourceProfile = profile.SourceFor(source);
        var naming = WarehouseNaming.For(parseResult.GetValue(ReflectCommand.Sdk) == "rudderstack" ? WarehouseLayout.RudderStack : WarehouseLayout.Segment);

        var select = parseResult.GetValue(ReflectCommand.Select);
        var catalog = context.LoadCatalog(project);
        var files = catalog.Select(SchemaSelection.Of(select is null ? [] : [select]));
        var expectations = ExpectationBuilder.Build(files.Select(SchemaVersionInput.From).ToList(), naming);
        if (expectations.Count == 0)
        {
            throw new ReflektException($"Invalid argument '--select {select}': no schema under {project.SchemasDirectory} matches");
        }

        var scope = files.Count == catalog.Schemas.Count ? ReflectionScope.WholeSource : ReflectionScope.SelectedTables;

        var store = new ReflectionStore(Path.Combine(project.Directory, ReflectionStore.ProjectCacheDirectory));
        var now = DateTimeOffset.UtcNow;
        SourceReflection reflection;
        long queries;
        await using (var warehouse = new TracedWarehouse(_warehouses(sourceProfile), context.Log.Debug))
        {
            var connection = WarehouseReflectionConnection.For(warehouse, source.Database);
            var runner = new ReflectionRunner(connection, store, settings);
            reflection = await runner.RunAsync(source, [.. expectations.Select(e => new ReflectionTarget(e.Table, e.SchemaId))],
                ExpectationBuilder.NonEventTables(naming), scope, now, cancellationToken);
            queries = connection.QueriesSent;
        }

        var reports = DriftAnalyzer.Analyze(expectations, reflection.Claimed, reflection.Unclaimed, ExpectationBuilder.Options(naming, now, staleAfter, WarehouseProviders.For(sourceProfile).Dialect));
        context.Log.Info($"reflected {reports.Count} tables of {source.Key} with {queries} queries");
        var format = parseResult.GetValue(ReflectCommand.Format)!;
        // Straight to stdout: JSON and Markdown must not be wrapped at the console width, nor read as markup.
        await context.Host.Out.WriteAsync(ReflectionOutput.Render(format, reflection, reports, queries).AsMemory(), cancellationToken);

        // docs/reflect.md: without --fail-on an error-severity finding fails the run; --fail-on names the kinds instead.
        var findings = reports.SelectMany(r => r.Diagnostics);
        var failing = failOn.Count == 0
            ? findings.Any(d => d.Severity == Severity.Error)
            : findings.Any(d => failOn.Contains(DriftRules.CategoryOf(d.RuleId)));
        return failing ? ReflektCli.Findings : ReflektCli.Success;
    }
}
