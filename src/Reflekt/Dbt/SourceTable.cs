namespace Reflekt.Dbt;

/// <summary>A table listed in the source YAML.</summary>
internal sealed record SourceTable(string Name, string Description);
