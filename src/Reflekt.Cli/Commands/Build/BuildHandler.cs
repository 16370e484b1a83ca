using System.CommandLine;
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
        var console = context.CreateConsole(parseResult);
        var project = context.LoadProject(parseResult);
        var profile = ReflektProfile.Load(project, parseResult.GetValue(CommonOptions.Profile), context.Host.Environment);
        var sourceArgument = parseResult.GetValue(BuildCommand.Source)!;
        var source = SourceAddress.Parse(sourceArgument);
        var sourceProfile = profile.SourceFor(source);
        var layout = parseResult.GetValue(BuildCommand.Sdk) == "rudderstack" ? WarehouseLayout.RudderStack : WarehouseLayout.Segment;
        var select = parseResult.GetValue(BuildCommand.Select)!;

        var schemas = project.LoadCatalog().Select(SchemaSelection.Of([select]));
        var inputs = schemas.Select(Input).ToList();
        var packageName = DbtPackageBuilder.PackageName(project.Name);
        var packageDir = Path.Combine(project.Directory, "artifacts", "dbt", packageName);
        Say(console, $"Building dbt package:\n    name: {packageName}\n    dir: {packageDir}\n    --select: {SchemaSelection.Normalize(select)}\n    --sdk_arg: {parseResult.GetValue(BuildCommand.Sdk)}\n    --source: {sourceArgument}");

        CatalogSnapshot catalog;
        await using (var warehouse = _warehouses(sourceProfile))
        {
            catalog = await WarehouseCatalog.SnapshotAsync(warehouse, source, cancellationToken);
        }

        var previous = await DbtPackageStore.ReadAsync(packageDir, cancellationToken);
        var request = new DbtBuildRequest(project.Name, source, layout, sourceProfile.Type, WarehouseProviders.For(sourceProfile).Dialect, project.Dbt);
        var result = DbtPackageBuilder.Build(inputs, request, catalog, previous);
        // One write for all steps: thousands of separate console writes dominate a large build.
        foreach (var step in result.Steps)
        {
            context.Log.Info(step);
        }

        if (result.Steps.Count > 0)
        {
            console.Write(new Text(string.Join("\n", result.Steps) + "\n"));
        }

        if (result.Warnings.Count > 0)
        {
            var lines = string.Join("\n", result.Warnings.Select(w => w.Message));
            context.Log.Info("WARNING " + lines);
            console.MarkupLine("[yellow]WARNING[/] " + Markup.Escape($"The data warehouse returned the following warning(s) while building the dbt package.\n\n{lines}\n"));
        }

        Say(console, $"Writing dbt package to {packageDir}");
        await DbtPackageStore.WriteAsync(result.Package, packageDir, cancellationToken);
        context.Log.Info("Successfully built dbt package");
        console.MarkupLine("[green]Successfully built dbt package[/]");
        return ReflektCli.Success;
    }

    private void Say(IAnsiConsole console, string message)
    {
        context.Log.Info(message);
        console.WriteLine(message);
    }

    private static DbtSchemaInput Input(EventSchemaFile file) => file.ParseError is { } error
        ? throw new ReflektException($"{file.FullPath}:{error.Position}: {error.Message}")
        : new DbtSchemaInput(file.Schema!, file.FullPath);
}
