using Reflekt.Projects;
using Reflekt.Schemas;

namespace Reflekt.Registries;

/// <summary>The whole of <c>reflekt push</c> / <c>reflekt pull</c> below the CLI: select, call the registry, write files.</summary>
public static class RegistrySync
{
    /// <summary>Pushes the schemas <paramref name="select"/> picks from the project's catalog.</summary>
    public static Task<PushResult> PushAsync(
        ReflektProject project, ISchemaRegistry registry, string select, bool delete, bool dryRun, CancellationToken cancellationToken)
    {
        var normalized = SchemaSelection.Normalize(select);
        var files = project.LoadCatalog().Select(SchemaSelection.Of([select]));
        var schemas = LocalSchemaSource.From(files);
        return registry.PushAsync(new PushRequest(normalized, schemas) { Delete = delete, DryRun = dryRun }, cancellationToken);
    }

    /// <summary>Pulls what <paramref name="select"/> names (taken raw, as upstream) and writes it under schemas/.</summary>
    public static async Task<PullOutcome> PullAsync(ReflektProject project, ISchemaRegistry registry, string select, CancellationToken cancellationToken)
    {
        var pulled = await registry.PullAsync(new PullRequest(select, project.Vendor ?? project.Name), cancellationToken).ConfigureAwait(false);
        var files = await PulledSchemaWriter.WriteAsync(project.SchemasDirectory, pulled.Schemas, cancellationToken).ConfigureAwait(false);
        return new PullOutcome(pulled, files);
    }
}
