namespace Reflekt.Reflection;

/// <summary>A table to reflect and the latest schema <c>$id</c> describing it (null for an unclaimed table).</summary>
public sealed record ReflectionTarget(string Table, string? SchemaId);
