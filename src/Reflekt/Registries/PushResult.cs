namespace Reflekt.Registries;

/// <summary>The outcome of a push: what changed (or would change) and notes worth telling the user.</summary>
public sealed record PushResult(IReadOnlyList<RegistryChange> Changes, IReadOnlyList<string> Notes)
{
    /// <summary>True when this was a dry run and nothing was sent.</summary>
    public bool DryRun { get; init; }
}
