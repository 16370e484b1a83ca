namespace Reflekt.Reflection;

/// <summary>Rows over the window carrying one <c>schema_id</c> value (null when the row had none).</summary>
public sealed record SchemaIdCount(string? SchemaId, long Rows);
