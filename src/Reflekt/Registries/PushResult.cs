namespace Reflekt.Registries;

/// <summary>The outcome of a push: what changed (or would change) and notes worth telling the user.</summary>
public sealed record PushResult(IReadOnlyList<RegistryChange> Changes, IReadOnlyList<string> Notes)
{
    /// <summary>True when this was a dry run and nothing was sent.</summary>
    public bool DryRun { get; init; }

    /// <summary>The breaking-change verdict on each schema pushed (none for <c>--delete</c>).</summary>
    public IReadOnlyList<PushVerdict> Verdicts { get; init; } = [];

    /// <summary>True when the push is refused for breaking changes: nothing was written (<see cref="Changes"/> is empty unless a dry run planned them).</summary>
    public bool Refused { get; init; }

    /// <summary>The verdicts with at least one breaking change.</summary>
    public IReadOnlyList<PushVerdict> Breaking => [.. Verdicts.Where(v => v.IsBreaking)];
}
