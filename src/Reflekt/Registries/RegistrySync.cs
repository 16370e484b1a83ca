using Reflekt.Projects;
using Reflekt.Schemas;

namespace Reflekt.Registries;

/// <summary>The whole of <c>reflekt push</c> / <c>reflekt pull</c> below the CLI: select, call the registry, write files.</summary>
public static class RegistrySync
{
    /// <summary>
    /// Pushes the schemas <paramref name="select"/> picks from the project's catalog. Unless <paramref name="delete"/>,
    /// each is first compared with what the registry holds under the same MAJOR; a breaking change refuses the whole
    /// push before anything is written (<see cref="PushResult.Refused"/>) unless <paramref name="allowBreaking"/>.
    /// </summary>
    public static async Task<PushResult> PushAsync(
        ReflektProject project, ISchemaRegistry registry, string select, bool delete, bool dryRun, CancellationToken cancellationToken, bool allowBreaking = false)
    {
        var normalized = SchemaSelection.Normalize(select);
        var files = project.LoadCatalog().Select(SchemaSelection.Of([select]));
        var schemas = LocalSchemaSource.From(files);
        var request = new PushRequest(normalized, schemas) { Delete = delete, DryRun = dryRun };
        if (delete || schemas.Count == 0)
        {
            return await registry.PushAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var held = await registry.ReadHeldAsync(request, cancellationToken).ConfigureAwait(false);
        var verdicts = held.Select(PushVerdict.Of).ToList();
        var refused = !allowBreaking && verdicts.Any(v => v.IsBreaking);
        if (refused && !dryRun)
        {
            return new PushResult([], []) { Verdicts = verdicts, Refused = true };
        }

        // A dry run still plans the push (reads only), so it shows what would change as well as the verdicts.
        var result = await registry.PushAsync(request, cancellationToken).ConfigureAwait(false);
        return result with { Verdicts = verdicts, Refused = refused };
    }

    /// <summary>Pulls what <paramref name="select"/> names (taken raw, as upstream) and writes it under schemas/.</summary>
    public static async Task<PullOutcome> PullAsync(ReflektProject project, ISchemaRegistry registry, string select, CancellationToken cancellationToken)
    {
        var pulled = await registry.PullAsync(new PullRequest(select, project.Vendor ?? project.Name), cancellationToken).ConfigureAwait(false);
        var files = await PulledSchemaWriter.WriteAsync(project.SchemasDirectory, pulled.Schemas, cancellationToken).ConfigureAwait(false);
        return new PullOutcome(pulled, files);
    }
}
