namespace Reflekt.Registries;

/// <summary>What to push: the <c>--select</c> as given (cleaned) and the local schemas it selected.</summary>
public sealed record PushRequest(string Select, IReadOnlyList<RegistrySchema> Schemas)
{
    /// <summary>Remove the selected schemas from the registry instead of uploading them (<c>--delete</c>).</summary>
    public bool Delete { get; init; }

    /// <summary>Compute what would change and send nothing that modifies the registry (<c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }
}
