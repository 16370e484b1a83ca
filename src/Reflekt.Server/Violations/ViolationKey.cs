namespace Reflekt.Server.Violations;

/// <summary>What makes two failures the same violation: the schema (or unplanned event name), the pointer and the kind.</summary>
internal readonly record struct ViolationKey(string? SchemaId, string? Event, string Pointer, string Kind);
