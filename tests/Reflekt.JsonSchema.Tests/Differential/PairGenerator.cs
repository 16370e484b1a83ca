using System.Text.Json.Nodes;

namespace Reflekt.JsonSchema.Tests.Differential;

/// <summary>
/// Seeded random 2020-12 schemas over the validation and applicator keywords, and instances aimed at them
/// (numbers near the bounds, strings near the patterns and formats, objects with the named properties).
/// </summary>
internal sealed class PairGenerator(int seed)
{
    private static readonly string[] Numbers =
        ["0", "1", "-1", "2", "3", "7", "0.5", "0.3", "0.1", "1.5", "2.5", "19.99", "-0.5", "1.0", "100", "1e30", "1e-3", "0.0075", "4.4", "9007199254740993", "1e21"];

    private static readonly string[] Divisors = ["2", "3", "7", "0.5", "0.1", "0.01", "2.5", "0.0001", "1e-3"];

    private static readonly string[] Strings =
    [
        "", "a", "abc", "abc\n", "ABC", "héllo", "😀", "😀😀", "αβγ", "123", "٣", "a b", "2024-02-29", "2023-02-29",
        "2024-01-01T10:00:00Z", "2024-01-01T10:00:00+01:00", "2024-01-01 10:00:00", "10:00:00Z", "user@example.com",
        "not an email", "192.168.0.1", "256.1.1.1", "::1", "2001:db8::7", "http://example.com/a?b#c", "http://[v1.x]/", "a/b",
        "550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-44665544000", "example.com", "-bad-.com", "_x",
    ];

    private static readonly string[] Patterns =
        ["^[a-z]+$", "^..$", "^.$", "\\d", "^\\p{L}+$", "^a*$", "[😀-😎]", "^\\w+$", "^\\S+$", "^\\p{Script=Greek}+$", "^[^a]*$", "b|c", "^\\u{1F600}"];

    private static readonly string[] Formats = ["date", "date-time", "time", "email", "ipv4", "ipv6", "uri", "uri-reference", "uuid", "hostname"];

    private static readonly string[] Names = ["a", "b", "c", "😀"];

    private static readonly string[] Types = ["null", "boolean", "object", "array", "number", "string", "integer"];

    private readonly Random _random = new(seed);

    public (JsonNode Schema, JsonNode? Instance) Next()
    {
        var schema = Schema(3);
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return (schema, Instance(3));
    }

    private JsonObject Schema(int depth)
    {
        var schema = new JsonObject();
        var count = 1 + _random.Next(depth > 0 ? 3 : 2);
        for (var i = 0; i < count; i++)
        {
            AddKeyword(schema, depth);
        }

        return schema;
    }

    private void AddKeyword(JsonObject schema, int depth)
    {
        var choice = _random.Next(depth > 0 ? 30 : 18);
        var (name, value) = choice switch
        {
            0 => ("type", (JsonNode)Pick(Types)),
            1 => ("type", new JsonArray([.. Distinct(Types)])),
            2 => ("enum", new JsonArray(Instance(1), Instance(0), Instance(0))),
            3 => ("const", Instance(1)),
            4 => ("minimum", Number()),
            5 => ("maximum", Number()),
            6 => ("exclusiveMinimum", Number()),
            7 => ("exclusiveMaximum", Number()),
            8 => ("multipleOf", JsonNode.Parse(Pick(Divisors))),
            9 => ("minLength", _random.Next(4)),
            10 => ("maxLength", _random.Next(4)),
            11 => ("pattern", Pick(Patterns)),
            12 => ("format", Pick(Formats)),
            13 => ("required", new JsonArray([.. Distinct(Names)])),
            14 => ("minItems", _random.Next(3)),
            15 => ("maxItems", _random.Next(3)),
            16 => ("uniqueItems", true),
            17 => ("dependentRequired", new JsonObject { [Pick(Names)] = new JsonArray(Pick(Names)) }),
            18 => ("properties", new JsonObject { [Pick(Names)] = Schema(depth - 1), [Pick(Names) + "x"] = Schema(depth - 1) }),
            19 => ("additionalProperties", _random.Next(2) == 0 ? false : Schema(depth - 1)),
            20 => ("items", Schema(depth - 1)),
            21 => ("prefixItems", new JsonArray(Schema(depth - 1), Schema(depth - 1))),
            22 => ("contains", Schema(depth - 1)),
            23 => ("anyOf", new JsonArray(Schema(depth - 1), Schema(depth - 1))),
            24 => ("oneOf", new JsonArray(Schema(depth - 1), Schema(depth - 1))),
            25 => ("allOf", new JsonArray(Schema(depth - 1), Schema(depth - 1))),
            26 => ("not", Schema(depth - 1)),
            27 => ("if", Schema(depth - 1)),
            28 => ("patternProperties", new JsonObject { [Pick(Patterns)] = Schema(depth - 1) }),
            _ => ("propertyNames", Schema(depth - 1)),
        };

        if (name == "if")
        {
            schema["then"] = Schema(depth - 1);
            schema["else"] = Schema(depth - 1);
        }

        if (name == "properties" && schema.ContainsKey("properties"))
        {
            return;
        }

        schema[name] = value;
    }

    private JsonNode? Instance(int depth)
    {
        switch (_random.Next(depth > 0 ? 8 : 6))
        {
            case 0: return null;
            case 1: return _random.Next(2) == 0;
            case 2 or 3: return Number();
            case 4 or 5: return Pick(Strings);
            case 6:
                var array = new JsonArray();
                for (var i = _random.Next(4); i > 0; i--)
                {
                    array.Add(Instance(depth - 1));
                }

                return array;
            default:
                var obj = new JsonObject();
                for (var i = _random.Next(4); i > 0; i--)
                {
                    obj[Pick(Names)] = Instance(depth - 1);
                }

                return obj;
        }
    }

    private JsonNode Number() => JsonNode.Parse(Pick(Numbers))!;

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    // Two different values, as the meta-schema's uniqueItems asks of "type" and "required" arrays.
    private JsonNode[] Distinct(string[] values)
    {
        var first = Pick(values);
        var second = Pick(values);
        return first == second ? [first] : [first, second];
    }
}
