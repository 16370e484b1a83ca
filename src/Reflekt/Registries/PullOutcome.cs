namespace Reflekt.Registries;

/// <summary>What a pull read from the registry and what it did to the files under schemas/.</summary>
public sealed record PullOutcome(PullResult Pulled, IReadOnlyList<WrittenFile> Files);
