using System.CommandLine;
using Reflekt.Codegen;
using Reflekt.Docs;
using Reflekt.Docs.Model;
using Reflekt.Linting;
using Reflekt.Projects;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas;
using Reflekt.Schemas.Naming;
using Reflekt.Server;
using Reflekt.Violations;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Docs;

/// <summary>Project → lint + stored reflections → site model → files; shared by <c>docs generate</c> and <c>docs serve</c>.</summary>
internal static class DocsSiteLoader
{
    /// <summary>The rendered site of the project as it is on disk now (re-read on every call).</summary>
    public static async Task<(DocsSite Site, IReadOnlyList<GeneratedFile> Files)> LoadAsync(ReflektProject project, ParseResult parseResult, ProfileEnvironment environment, CancellationToken cancellationToken)
    {
        var catalog = project.LoadCatalog();
        var files = catalog.Select(SchemaSelection.Of(parseResult.GetValue(DocsCommand.Select)));
        var schemas = files.Select(f => f.RequireSchema()).ToList();
        var rules = LintRuleSet.Default(ProjectMetaSchema.Compile(catalog));
        var report = new Linter(LintOptions.From(project), rules).Lint(files, catalog.Schemas, cancellationToken: cancellationToken);
        var input = new DocsInput(project.Name, schemas, report.Diagnostics, project.Dbt.Models.Prefix);
        if (parseResult.GetValue(DocsCommand.Source) is { } sourceText)
        {
            input = await WithReflectionAsync(input, project, files, sourceText, cancellationToken);
        }

        if (parseResult.GetValue(DocsCommand.RegistryUrl) is { } registryUrl)
        {
            input = input with { Violations = await ViolationsAsync(registryUrl, environment, cancellationToken) };
        }

        var site = DocsSiteBuilder.Build(input);
        return (site, SiteRenderer.Render(site));
    }

    // The whole window the server keeps (no since): the site shows what breaks the plan, newest counts included.
    private static async Task<IReadOnlyList<EventViolation>> ViolationsAsync(string registryUrl, ProfileEnvironment environment, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(registryUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ReflektException($"--registry-url {registryUrl}: expected an http(s) URL such as http://localhost:8080");
        }

        var token = environment.GetVariable(ServerEnvironment.AdminToken);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ReflektException($"--registry-url needs the server's admin token in {ServerEnvironment.AdminToken}.");
        }

        var report = await ViolationsClient.GetAsync(url, token, since: null, cancellationToken: cancellationToken);
        return [.. report.Violations.Select(v => v.ToEventViolation())];
    }

    private static async Task<DocsInput> WithReflectionAsync(DocsInput input, ReflektProject project, IReadOnlyList<EventSchemaFile> files, string sourceText, CancellationToken cancellationToken)
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
        return input with { Source = source.Key, SourceSchema = source.Schema, Snapshots = snapshots, Drift = drift };
    }
}
