using System.Text.Json.Nodes;

namespace Reflekt.Tests.Schemas.Evolution.Properties;

/// <summary>
/// Random event-shaped schemas (an object of string, nullable string, enum, integer, number, array and boolean
/// properties with bounds) and one random edit of each: a tightening (some event valid before is rejected after) or
/// a loosening (every event valid before stays valid). Every edit is an operation on one keyword the corpus covers.
/// </summary>
internal sealed class SchemaPairGenerator(int seed)
{
    private readonly Random _random = new(seed);

    public JsonObject NextSchema()
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var name = $"p{i}";
            properties[name] = NextProperty();
            if (_random.Next(2) == 0)
            {
                required.Add(name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["description"] = "An event.", ["properties"] = properties, ["required"] = required };
        if (_random.Next(2) == 0)
        {
            schema["additionalProperties"] = false;
        }

        return schema;
    }

    private JsonObject NextProperty()
    {
        switch (_random.Next(7))
        {
            case 0:
            case 1:
                var min = _random.Next(0, 3);
                return new JsonObject
                {
                    ["type"] = _random.Next(2) == 0 ? "string" : new JsonArray("string", "null"),
                    ["minLength"] = min,
                    ["maxLength"] = min + _random.Next(2, 8),
                };
            case 2:
                return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enumerable.Range(0, _random.Next(2, 5)).Select(v => (JsonNode)$"v{v}")]) };
            case 3:
            case 4:
                var low = _random.Next(-5, 5);
                return new JsonObject { ["type"] = _random.Next(2) == 0 ? "integer" : "number", ["minimum"] = low, ["maximum"] = low + _random.Next(3, 20) };
            case 5:
                var minItems = _random.Next(0, 2);
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["minItems"] = minItems, ["maxItems"] = minItems + _random.Next(2, 5) };
            default:
                return new JsonObject { ["type"] = "boolean" };
        }
    }

    /// <summary>A copy of <paramref name="schema"/> with one random tightening, and the operation's name.</summary>
    public (JsonObject Schema, string Edit) Tighten(JsonObject schema) => Apply(schema, Tightenings);

    /// <summary>A copy of <paramref name="schema"/> with one random loosening, and the operation's name.</summary>
    public (JsonObject Schema, string Edit) Loosen(JsonObject schema) => Apply(schema, Loosenings);

    private (JsonObject, string) Apply(JsonObject schema, IReadOnlyList<(string Name, Func<JsonObject, Random, bool> Edit)> edits)
    {
        foreach (var (name, edit) in edits.OrderBy(_ => _random.Next()))
        {
            var copy = (JsonObject)schema.DeepClone();
            if (edit(copy, _random))
            {
                return (copy, name);
            }
        }

        throw new InvalidOperationException("no edit applies");  // the optional/required edits apply to every generated schema
    }

    private static readonly (string, Func<JsonObject, Random, bool>)[] Tightenings =
    [
        ("require an optional property", (s, r) => Pick(Optional(s), r) is { } name && Add(s, "required", name)),
        ("close the object", (s, _) => s["additionalProperties"] is null && Set(s, "additionalProperties", false)),
        ("lower maxLength", (s, r) => Pick(With(s, "maxLength", p => Int(p, "maxLength") > Int(p, "minLength")), r) is { } p && Set(p, "maxLength", Int(p, "maxLength") - 1)),
        ("raise minLength", (s, r) => Pick(With(s, "minLength", p => Int(p, "minLength") < Int(p, "maxLength")), r) is { } p && Set(p, "minLength", Int(p, "minLength") + 1)),
        ("remove an enum value", (s, r) => Pick(With(s, "enum", p => p["enum"]!.AsArray().Count > 1), r) is { } p && Remove(p["enum"]!.AsArray(), r)),
        ("restrict to an enum", (s, r) => Pick(With(s, "maxLength", _ => true), r) is { } p && Set(p, "enum", new JsonArray("v0"))),
        ("raise minimum", (s, r) => Pick(With(s, "minimum", p => Int(p, "minimum") < Int(p, "maximum")), r) is { } p && Set(p, "minimum", Int(p, "minimum") + 1)),
        ("lower maximum", (s, r) => Pick(With(s, "maximum", p => Int(p, "minimum") < Int(p, "maximum")), r) is { } p && Set(p, "maximum", Int(p, "maximum") - 1)),
        ("add multipleOf", (s, r) => Pick(With(s, "maximum", p => p["multipleOf"] is null), r) is { } p && Set(p, "multipleOf", 2)),
        ("lower maxItems", (s, r) => Pick(With(s, "maxItems", p => Int(p, "maxItems") > Int(p, "minItems")), r) is { } p && Set(p, "maxItems", Int(p, "maxItems") - 1)),
        ("add uniqueItems", (s, r) => Pick(With(s, "maxItems", p => p["uniqueItems"] is null), r) is { } p && Set(p, "uniqueItems", true)),
        ("drop null from the type", (s, r) => Pick(With(s, "type", p => p["type"] is JsonArray), r) is { } p && Set(p, "type", "string")),
        ("replace boolean by string", (s, r) => Pick(With(s, "type", p => (string?)(p["type"] as JsonValue) == "boolean"), r) is { } p && Set(p, "type", "string")),
    ];

    private static readonly (string, Func<JsonObject, Random, bool>)[] Loosenings =
    [
        ("make a required property optional", (s, r) => s["required"]!.AsArray().Count > 0 && Remove(s["required"]!.AsArray(), r)),
        ("open the object", (s, _) => s.Remove("additionalProperties")),
        ("add an optional property to a closed object", (s, _) => s["additionalProperties"] is not null && Set(s["properties"]!.AsObject(), "added", new JsonObject { ["type"] = "string" })),
        ("raise maxLength", (s, r) => Pick(With(s, "maxLength", _ => true), r) is { } p && Set(p, "maxLength", Int(p, "maxLength") + r.Next(1, 5))),
        ("remove maxLength", (s, r) => Pick(With(s, "maxLength", _ => true), r) is { } p && p.Remove("maxLength")),
        ("lower minLength", (s, r) => Pick(With(s, "minLength", p => Int(p, "minLength") > 0), r) is { } p && Set(p, "minLength", Int(p, "minLength") - 1)),
        ("add an enum value", (s, r) => Pick(With(s, "enum", _ => true), r) is { } p && Add(p, "enum", "v9")),
        ("lower minimum", (s, r) => Pick(With(s, "minimum", _ => true), r) is { } p && Set(p, "minimum", Int(p, "minimum") - r.Next(1, 5))),
        ("raise maximum", (s, r) => Pick(With(s, "maximum", _ => true), r) is { } p && Set(p, "maximum", Int(p, "maximum") + r.Next(1, 5))),
        ("integer widened to number", (s, r) => Pick(With(s, "maximum", p => (string?)(p["type"] as JsonValue) == "integer"), r) is { } p && Set(p, "type", "number")),
        ("raise maxItems", (s, r) => Pick(With(s, "maxItems", _ => true), r) is { } p && Set(p, "maxItems", Int(p, "maxItems") + 1)),
        ("remove minItems", (s, r) => Pick(With(s, "minItems", _ => true), r) is { } p && p.Remove("minItems")),
        ("add null to the type", (s, r) => Pick(With(s, "type", p => (string?)(p["type"] as JsonValue) == "string" && p["enum"] is null), r) is { } p && Set(p, "type", new JsonArray("string", "null"))),
        ("change a description", (s, _) => Set(s, "description", "Another description.")),
    ];

    private static IEnumerable<string> Optional(JsonObject schema) =>
        schema["properties"]!.AsObject().Select(p => p.Key).Except(schema["required"]!.AsArray().Select(n => (string)n!));

    private static IEnumerable<JsonObject> With(JsonObject schema, string keyword, Func<JsonObject, bool> when) =>
        schema["properties"]!.AsObject().Select(p => p.Value!.AsObject()).Where(p => p[keyword] is not null && when(p));

    private static T? Pick<T>(IEnumerable<T> items, Random random) where T : class
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[random.Next(list.Count)];
    }

    private static int Int(JsonObject schema, string keyword) => schema[keyword] is { } value ? (int)value : 0;

    private static bool Set(JsonObject schema, string keyword, JsonNode value)
    {
        schema[keyword] = value;
        return true;
    }

    private static bool Add(JsonObject schema, string keyword, string value)
    {
        schema[keyword]!.AsArray().Add(value);
        return true;
    }

    private static bool Remove(JsonArray array, Random random)
    {
        array.RemoveAt(random.Next(array.Count));
        return true;
    }
}
