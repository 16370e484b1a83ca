using System.CommandLine;
using System.Diagnostics;
using Reflekt.Cli.Rendering;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Reflekt.Warehouses;
using Spectre.Console;

namespace Reflekt.Cli.Commands.Debug;

/// <summary>Loads project and profile (bad configuration exits 2), pings each source, renders a ✓/✗ table (any ✗ exits 1).</summary>
internal sealed class DebugHandler(ParseResult parseResult, CliContext context, Func<SourceProfile, IWarehouse>? warehouses = null)
{
    private readonly Func<SourceProfile, IWarehouse> _warehouses = warehouses ?? WarehouseProviders.Connect;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var console = context.CreateConsole(parseResult);
        var project = context.LoadProject(parseResult);
        var profile = context.LoadProfile(project, parseResult);

        var checks = new List<CheckResult>
        {
            CheckResult.Pass("project", $"{project.Name} ({project.FilePath})"),
            CheckResult.Pass("profile", $"{profile.Name} ({profile.FilePath}): {profile.Sources.Count} source(s), {profile.Registries.Count} registry(ies)"),
        };
        checks.Add(CheckSchemas(project));
        foreach (var source in profile.Sources)
        {
            checks.Add(await PingAsync(source, cancellationToken));
        }

        foreach (var registry in profile.Registries)
        {
            checks.Add(await CheckRegistryAsync(project, registry, cancellationToken));
        }

        // Entries naming an unset variable: a failed check each, the rest of the table still shown.
        foreach (var entry in profile.Unresolved)
        {
            checks.Add(CheckResult.Fail($"{entry.Kind} {entry.Name}", entry.Error.Message));
        }

        foreach (var check in checks)
        {
            context.Log.Info($"debug {check.Name}: {check.Status} {check.Detail}");
        }

        console.Write(CheckTableView.Render(checks));
        var failed = checks.Count(c => c.Status == CheckStatus.Fail);
        console.WriteLine(failed == 0 ? "All checks passed." : $"{failed} check(s) failed.");
        return failed == 0 ? ReflektCli.Success : ReflektCli.Findings;
    }

    // An authenticated call that changes nothing (list one page of plans, the export, the schema list, one key).
    private static async Task<CheckResult> CheckRegistryAsync(Projects.ReflektProject project, RegistryProfile entry, CancellationToken cancellationToken)
    {
        var name = $"registry {entry.Type}";
        try
        {
            // One retry only: debug should answer quickly when a registry is down.
            var registry = RegistryFactory.Create(project, entry, new ResilientHttpOptions { MaxRetries = 1 });
            using var disposable = registry as IDisposable;
            var watch = Stopwatch.StartNew();
            await registry.CheckAsync(cancellationToken);
            return CheckResult.Pass(name, $"{entry.Describe()}: authenticated call ok in {watch.ElapsedMilliseconds} ms");
        }
        catch (ReflektException e)
        {
            return CheckResult.Fail(name, e.Message);
        }
    }

    private async Task<CheckResult> PingAsync(SourceProfile source, CancellationToken cancellationToken)
    {
        var name = $"source {source.Id} ({source.Type})";
        try
        {
            await using var warehouse = _warehouses(source);
            var watch = Stopwatch.StartNew();
            await warehouse.PingAsync(cancellationToken);
            return CheckResult.Pass(name, $"{source.Describe()}: select 1 ok in {watch.ElapsedMilliseconds} ms");
        }
        catch (ReflektException e)
        {
            return CheckResult.Fail(name, e.Message);
        }
    }

    private CheckResult CheckSchemas(Reflekt.Projects.ReflektProject project)
    {
        var catalog = context.LoadCatalog(project);
        var broken = catalog.Schemas.Where(s => !s.IsParsed).ToArray();
        if (broken.Length == 0)
        {
            return CheckResult.Pass("schemas", $"{catalog.Schemas.Count} schema(s) under {catalog.SchemasDirectory}, all valid JSON");
        }

        var first = broken[0];
        return CheckResult.Fail("schemas",
            $"{broken.Length} of {catalog.Schemas.Count} schema(s) are not valid JSON, e.g. {first.FullPath}:{first.ParseError!.Position}: {first.ParseError.Message}");
    }
}
