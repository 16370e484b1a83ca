using System.Text.Json;
using Reflekt.Docs.Model;

namespace Reflekt.Docs;

/// <summary>Walks an event schema's payload properties into table rows: nested objects and array items as a tree.</summary>
public static class PropertyTable
{
    private const int MaxDepth = 32;

    private static readonly string[] ConstraintKeywords =
    [
        "const", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "additionalProperties",
    ];

    /// <summary>Rows for every property under the root's <c>properties</c> (the call's payload), depth first in document order.</summary>
    public static IReadOnlyList<PropertyRow> Rows(JsonElement root)
    {
        var rows = new List<PropertyRow>();
        Walk(root, "", 0, rows);
        return rows;
    }

    private static void Walk(JsonElement schema, string prefix, int depth, List<PropertyRow> rows)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties"u8, out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var required = schema.TryGetProperty("required"u8, out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            var path = prefix + property.Name;
            var value = property.Value;
            rows.Add(Row(path, property.Name, depth, value, required.Contains(property.Name)));
            Walk(value, path + ".", depth + 1, rows);
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("items"u8, out var items))
            {
                Walk(items, path + "[].", depth + 1, rows);
            }
        }
    }

    private static PropertyRow Row(string path, string name, int depth, JsonElement schema, bool required)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return new PropertyRow(path, name, depth, schema.ValueKind == JsonValueKind.False ? "never" : "any", required, [], null, [], null);
        }

        var enumValues = schema.TryGetProperty("enum"u8, out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Select(v => v.GetRawText()).ToArray()
            : [];
        return new PropertyRow(path, name, depth, TypeOf(schema), required, enumValues, StringIn(schema, "format"u8), Constraints(schema), StringIn(schema, "description"u8));
    }

    // One pass over the schema's members (not one lookup per keyword: most properties have none), listed in keyword order.
    private static string[] Constraints(JsonElement schema)
    {
        string?[]? found = null;
        foreach (var member in schema.EnumerateObject())
        {
            var k = Array.IndexOf(ConstraintKeywords, member.Name);
            if (k >= 0 && member.Value.ValueKind != JsonValueKind.Object)
            {
                found ??= new string?[ConstraintKeywords.Length];
                found[k] = $"{ConstraintKeywords[k]}: {member.Value.GetRawText()}";
            }
        }

        return found is null ? [] : [.. found.OfType<string>()];
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("type"u8, out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString() ?? "?").ToArray()
                : [type.GetString() ?? "?"];
            if (types.Contains("array") && schema.TryGetProperty("items"u8, out var items) && items.ValueKind == JsonValueKind.Object && items.TryGetProperty("type"u8, out var itemType) && itemType.ValueKind == JsonValueKind.String)
            {
                types = [.. types.Select(t => t == "array" ? $"array of {itemType.GetString()}" : t)];
            }

            return string.Join(" | ", types);
        }

        if (StringIn(schema, "$ref"u8) is { } reference)
        {
            return "$ref " + reference;
        }

        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                return $"{combinator} ({string.Join(", ", branches.EnumerateArray().Select(b => b.ValueKind == JsonValueKind.Object ? TypeOf(b) : b.GetRawText()))})";
            }
        }

        return "any";
    }

    private static string? StringIn(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
