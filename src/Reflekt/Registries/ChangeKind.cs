namespace Reflekt.Registries;

/// <summary>What a push does (or would do, in a dry run) to one schema or rule in the registry.</summary>
public enum ChangeKind
{
    Add,
    Change,
    Remove,
    Unchanged,
}
