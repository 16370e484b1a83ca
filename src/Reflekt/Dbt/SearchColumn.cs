using System.Text.Json;

namespace Reflekt.Dbt;

/// <summary>A column a model looks for in the raw table: a standard column or a schema property.</summary>
/// <param name="Name">Expected warehouse column (lower-case snake).</param>
/// <param name="Description">Its description.</param>
/// <param name="JsonType">The property's single JSON Schema type when it has one (for optional casts), else null.</param>
/// <param name="SchemaTests">Data tests the schema implies (<see cref="SchemaDataTests"/>), or null for none.</param>
/// <param name="Format">The property's string <c>format</c> (<c>date-time</c>, <c>date</c>…), or null.</param>
/// <param name="Pointer">The schema property's JSON pointer, or null for a standard column (whose absence is normal).</param>
internal sealed record SearchColumn(string Name, string Description, string? JsonType, IReadOnlyList<JsonElement>? SchemaTests = null, string? Pointer = null, string? Format = null);
