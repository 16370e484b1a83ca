using System.CommandLine;
using Reflekt.Cli.Rendering;
using Reflekt.Dbt;
using Reflekt.Projects.Profiles;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Build;

/// <summary>Options → one catalog snapshot → pure package build → atomic write; logs upstream's build lines.</summary>
internal sealed class BuildHandler(ParseResult parseResult, CliContext context, Func<SourceProfile, IWarehouse>? warehouses = null)
{
    private readonly Func<SourceProfile, IWarehouse> _warehouses = warehouses ?? WarehouseProviders.Connect;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var json = parseResult.GetValue(BuildCommand.Format) == "json";
        var console = context.CreateConsole(parseResult);
        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult);
        var sourceArgument = parseResult.GetValue(BuildCommand.Source)!;
        var source = SourceAddress.Parse(sourceArgument);
        var sourceProfile = profile.SourceFor(source);
        var layout = parseResult.GetValue(BuildCommand.Sdk) == "rudderstack" ? WarehouseLayout.RudderStack : WarehouseLayout.Segment;
        var select = parseResult.GetValue(BuildCommand.Select)!;

        var packageName = DbtPackageBuilder.PackageName(project.Name);
        var packageDir = Path.Combine(project.Directory, "artifacts", "dbt", packageName);
        CatalogSnapshot catalog;
        List<DbtSchemaInput> inputs;
        HashSet<string> projectSchemas;
        DbtPackage? previous;
        await using (var warehouse = new TracedWarehouse(_warehouses(sourceProfile), context.Log.Debug))
        {
            // Connecting and the catalog query mostly wait (network, the driver's first-use set-up), so they run on
            // the thread pool while the schemas and the previous package load; a bad schema is still the error shown.
            using var connecting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var snapshot = Task.Run(() => WarehouseCatalog.SnapshotAsync(warehouse, source, connecting.Token), connecting.Token);
            try
            {
                var catalogOfSchemas = context.LoadCatalog(project);
                inputs = catalogOfSchemas.Select(SchemaSelection.Of([select])).Select(Input).ToList();
                projectSchemas = catalogOfSchemas.Schemas.Select(s => s.RelativePath).ToHashSet(StringComparer.Ordinal);
                previous = await DbtPackageStore.ReadAsync(packageDir, cancellationToken);
            }
            catch
            {
                // The schema error is the one to report: stop connecting, without waiting for it (its failure is observed).
                await connecting.CancelAsync();
                _ = snapshot.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                throw;
            }

            Say(console, json, $"Building dbt package:\n    name: {packageName}\n    dir: {packageDir}\n    --select: {SchemaSelection.Normalize(select)}\n    --sdk_arg: {parseResult.GetValue(BuildCommand.Sdk)}\n    --source: {sourceArgument}");
            catalog = await snapshot;
            if (catalog.Tables.Count == 0)
            {
                throw await NoSuchSchemaAsync(warehouse, source, sourceArgument, cancellationToken);
            }
        }

        var request = new DbtBuildRequest(project.Name, source, layout, sourceProfile.Type, WarehouseProviders.For(sourceProfile).Dialect, project.Dbt);
        var result = DbtPackageBuilder.Build(inputs, request, catalog, previous, projectSchemas);
        if (result.Edited.Count > 0 && !parseResult.GetValue(BuildCommand.Force))
        {
            var others = result.Edited.Count > 1 ? $" (and {result.Edited.Count - 1} more)" : "";
            throw new ReflektException(
                $"{Path.Combine(packageDir, result.Edited[0])}: edited by hand since Reflekt generated it{others}; rebuilding would overwrite it. Move the change into the schemas or project, or rerun with --force.");
        }

        Report(console, json, result);
        Say(console, json, $"Writing dbt package to {packageDir}");
        await DbtPackageStore.WriteAsync(result.Package, packageDir, cancellationToken);
        context.Log.Info("Successfully built dbt package");
        if (json)
        {
            DbtBuildJsonWriter.Write(context.Host.Out, result, packageDir);
        }
        else
        {
            console.MarkupLine("[green]Successfully built dbt package[/]: " + Markup.Escape(DbtBuildSummary.Line(result)));
        }

        return result.Warnings.Count > 0 && parseResult.GetValue(BuildCommand.Strict) ? ReflektCli.Findings : ReflektCli.Success;
    }

    private void Report(IAnsiConsole console, bool json, DbtBuildResult result)
    {
        foreach (var step in result.Steps)
        {
            context.Log.Info(step);
        }

        // One write for all steps: thousands of separate console writes dominate a large build.
        if (result.Steps.Count > 0 && !json)
        {
            console.Write(new Text(string.Join("\n", result.Steps) + "\n"));
        }

        foreach (var removed in result.Removed)
        {
            Say(console, json, $"Removing '{removed}' (no longer built)");
        }

        if (result.Warnings.Count > 0)
        {
            var lines = string.Join("\n", result.Warnings.Select(w => $"{w.RuleId} {w.Message}"));
            context.Log.Info("WARNING " + lines);
            if (!json)
            {
                console.MarkupLine("[yellow]WARNING[/] " + Markup.Escape($"The data warehouse returned the following warning(s) while building the dbt package.\n\n{lines}\n"));
            }
        }
    }

    // A schema without tables is almost always a typo in --source: name it, and list what the database has instead.
    private static async Task<ReflektException> NoSuchSchemaAsync(IWarehouse warehouse, SourceAddress source, string argument, CancellationToken cancellationToken)
    {
        string has;
        try
        {
            var schemas = await WarehouseCatalog.SchemasAsync(warehouse, source, cancellationToken);
            has = schemas.Count == 0 ? "it has no schemas" : "it has: " + string.Join(", ", schemas);
        }
        catch (ReflektException e)
        {
            has = $"listing its schemas failed: {e.Message}";
        }

        return new ReflektException($"Invalid argument '--source {argument}': schema '{source.Schema}' has no tables in database '{source.Database}'; {has}");
    }

    private void Say(IAnsiConsole console, bool json, string message)
    {
        context.Log.Info(message);
        if (!json)
        {
            console.WriteLine(message);
        }
    }

    private static DbtSchemaInput Input(EventSchemaFile file) => file.ParseError is { } error
        ? throw new ReflektException($"{file.FullPath}:{error.Position}: {error.Message}")
        : new DbtSchemaInput(file.Schema!, file.FullPath);
}
