using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Drift;

/// <summary>A column whose warehouse type cannot hold what the schema declares.</summary>
/// <param name="Column">Warehouse column name.</param>
/// <param name="Expected">JSON Schema type(s), e.g. <c>integer</c>.</param>
/// <param name="RawType">Warehouse type as reported.</param>
/// <param name="NormalizedType">Normalised warehouse type.</param>
public sealed record TypeMismatch(string Column, string Expected, string RawType, NormalizedType NormalizedType);
