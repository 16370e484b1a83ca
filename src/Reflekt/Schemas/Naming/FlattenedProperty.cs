using System.Text.Json;

namespace Reflekt.Schemas.Naming;

/// <summary>One leaf of an event schema's properties, with the warehouse column it lands in.</summary>
/// <param name="Path">Property names from the root, e.g. <c>["address", "street"]</c>.</param>
/// <param name="Pointer">JSON pointer to the property's subschema, e.g. <c>/properties/address/properties/street</c>.</param>
/// <param name="ColumnName">Warehouse column; empty when the name has no ASCII letters or digits (the loader drops it).</param>
/// <param name="Schema">The property's subschema.</param>
public sealed record FlattenedProperty(
    IReadOnlyList<string> Path,
    string Pointer,
    string ColumnName,
    JsonElement Schema)
{
    /// <summary>The subschema's <c>description</c>, or null (read when asked: lint flattens every schema and never needs it).</summary>
    public string? Description =>
        Schema.ValueKind == JsonValueKind.Object && Schema.TryGetProperty("description"u8, out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;

    /// <summary>The subschema's string <c>format</c> (<c>date-time</c>, <c>date</c>…), or null.</summary>
    public string? Format =>
        Schema.ValueKind == JsonValueKind.Object && Schema.TryGetProperty("format"u8, out var f) && f.ValueKind == JsonValueKind.String
            ? f.GetString()
            : null;

    /// <summary>The dotted property path (<c>address.street</c>), as flatteners name fields.</summary>
    public string DottedPath => string.Join('.', Path);

    /// <summary>JSON Schema types declared for the leaf (<c>type</c> string or array), without <c>null</c>.</summary>
    public IReadOnlyList<string> Types
    {
        get
        {
            if (!Schema.TryGetProperty("type", out var type))
            {
                return [];
            }

            return type.ValueKind switch
            {
                JsonValueKind.String => type.GetString() is "null" ? [] : [type.GetString()!],
                JsonValueKind.Array => [.. type.EnumerateArray()
                    .Where(t => t.ValueKind == JsonValueKind.String && t.GetString() != "null")
                    .Select(t => t.GetString()!)],
                _ => [],
            };
        }
    }
}
