namespace Reflekt.Schemas.Naming;

/// <summary>Two or more properties of one schema that land in the same warehouse column.</summary>
/// <param name="ColumnName">The shared column.</param>
/// <param name="Properties">The colliding properties, in document order.</param>
public sealed record ColumnCollision(string ColumnName, IReadOnlyList<FlattenedProperty> Properties);
