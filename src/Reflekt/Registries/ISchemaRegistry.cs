namespace Reflekt.Registries;

/// <summary>A schema registry that <c>reflekt push</c> / <c>reflekt pull</c> talk to.</summary>
public interface ISchemaRegistry
{
    /// <summary>The registry type as written in profiles and <c>--registry</c> (segment, avo, reflekt, s3).</summary>
    string Type { get; }

    /// <summary>Uploads (or removes, or plans) the selected schemas.</summary>
    Task<PushResult> PushAsync(PushRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// For each schema <paramref name="request"/> would send, the version the registry holds under the same MAJOR
    /// (read only), for the breaking-change gate in <see cref="RegistrySync.PushAsync"/>.
    /// </summary>
    Task<IReadOnlyList<HeldSchema>> ReadHeldAsync(PushRequest request, CancellationToken cancellationToken);

    /// <summary>Reads the selected schemas from the registry; writes nothing locally.</summary>
    Task<PullResult> PullAsync(PullRequest request, CancellationToken cancellationToken);

    /// <summary>An authenticated call that changes nothing, for <c>reflekt debug</c>; throws on failure.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
