namespace Reflekt.Registries;

/// <summary>Schemas read from a registry, plus warnings about defaults filled in and notes on what was lost.</summary>
public sealed record PullResult(IReadOnlyList<RegistrySchema> Schemas, IReadOnlyList<string> Warnings);
