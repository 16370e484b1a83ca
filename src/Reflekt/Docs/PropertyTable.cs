using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Reflekt.Docs.Model;
using Reflekt.Schemas;

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

    // The keywords as the document holds them, so a member's name is compared without becoming a string.
    private static readonly byte[][] ConstraintKeywordsUtf8 = [.. ConstraintKeywords.Select(Encoding.UTF8.GetBytes)];

    // The JSON Schema type names: a row's type is one of these strings, not a new copy per property.
    private static readonly string[] JsonTypes = ["string", "number", "integer", "boolean", "object", "array", "null"];
    private static readonly byte[][] JsonTypesUtf8 = [.. JsonTypes.Select(Encoding.UTF8.GetBytes)];

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

        var required = schema.TryGetProperty("required"u8, out var r) ? r : default;
        foreach (var property in properties.EnumerateObject())
        {
            var name = property.Name;
            var path = prefix + name;
            var value = property.Value;
            rows.Add(Row(path, name, depth, value, RequiredProperties.Lists(required, name)));
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
            var k = ConstraintIndex(member);
            if (k >= 0 && member.Value.ValueKind != JsonValueKind.Object)
            {
                found ??= new string?[ConstraintKeywords.Length];
                found[k] = $"{ConstraintKeywords[k]}: {member.Value.GetRawText()}";
            }
        }

        return found is null ? [] : [.. found.OfType<string>()];
    }

    private static int ConstraintIndex(JsonProperty member)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(member);
        if (name.Contains((byte)'\\'))
        {
            return Array.IndexOf(ConstraintKeywords, member.Name); // an escaped name: compared unescaped
        }

        for (var k = 0; k < ConstraintKeywordsUtf8.Length; k++)
        {
            if (name.SequenceEqual(ConstraintKeywordsUtf8[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static string TypeOf(JsonElement schema)
    {
        if (schema.TryGetProperty("type"u8, out var type))
        {
            if (type.ValueKind == JsonValueKind.String && !type.ValueEquals("array"u8))
            {
                return TypeName(type); // most properties: one type, no array
            }

            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(TypeName).ToArray()
                : [TypeName(type)];
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

    private static string TypeName(JsonElement type)
    {
        for (var i = 0; i < JsonTypesUtf8.Length; i++)
        {
            if (type.ValueKind == JsonValueKind.String && type.ValueEquals(JsonTypesUtf8[i]))
            {
                return JsonTypes[i];
            }
        }

        return type.GetString() ?? "?";
    }

    private static string? StringIn(JsonElement element, ReadOnlySpan<byte> name) =>
        element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
