using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests;

/// <summary>
/// Replaces each member of a schema that uses every keyword, one at a time, with values of the wrong shape:
/// compiling must either succeed (and then validate without throwing) or throw InvalidSchemaException,
/// never anything from deeper down.
/// </summary>
public sealed class SchemaMutationTests
{
    private const string EveryKeyword = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://example.com/every-keyword",
          "$defs": { "n": { "$anchor": "n", "$dynamicAnchor": "node", "type": "integer", "minimum": 0, "maximum": 9,
                            "exclusiveMinimum": -1, "exclusiveMaximum": 10, "multipleOf": 1 } },
          "type": ["object", "array", "string", "number"],
          "properties": { "a": { "$ref": "#/$defs/n" }, "c": { "$ref": "#n" }, "b": { "$dynamicRef": "#node" }, "s": { "minLength": 1, "maxLength": 5, "pattern": "^x", "format": "email" } },
          "patternProperties": { "^p_": { "const": 1 } },
          "additionalProperties": { "enum": [1, "two"] },
          "propertyNames": { "maxLength": 10 },
          "required": ["a"], "dependentRequired": { "a": ["b"] }, "dependentSchemas": { "b": { "minProperties": 1 } },
          "minProperties": 1, "maxProperties": 9,
          "prefixItems": [{ "type": "string" }], "items": { "type": "number" }, "contains": { "type": "number" },
          "minContains": 1, "maxContains": 3, "minItems": 1, "maxItems": 5, "uniqueItems": true,
          "allOf": [{ "not": { "type": "null" } }], "anyOf": [{ "type": "object" }, true], "oneOf": [{ "type": "object" }, { "type": "array" }, { "type": "string" }, { "type": "number" }],
          "if": { "required": ["a"] }, "then": { "required": ["b"] }, "else": false,
          "unevaluatedProperties": false, "unevaluatedItems": false,
          "contentEncoding": "base64", "contentMediaType": "application/json", "contentSchema": { "type": "object" }
        }
        """;

    private static readonly string[] Instances = ["""{"a":1,"b":2,"p_x":1,"s":"xa@b.c"}""", """["x",1,2]""", "\"x\"", "3", "null"];

    private static readonly JsonNode?[] WrongValues =
    [
        JsonValue.Create(5), JsonValue.Create(-1), JsonValue.Create(1.5), JsonValue.Create("(("), JsonValue.Create("#nowhere"),
        new JsonArray(), new JsonArray(JsonValue.Create(1)), new JsonObject(), new JsonObject { ["a"] = 1 }, JsonValue.Create(true), null,
    ];

    [Theory]
    [InlineData(Draft.Draft202012)]
    [InlineData(Draft.Draft07)]
    public void A_wrong_value_anywhere_is_an_InvalidSchemaException_or_compiles(Draft draft)
    {
        var text = draft == Draft.Draft07 ? EveryKeyword.Replace("https://json-schema.org/draft/2020-12/schema", "http://json-schema.org/draft-07/schema#").Replace(", \"c\": { \"$ref\": \"#n\" }", "") : EveryKeyword;
        var schema = JsonNode.Parse(text)!;
        var instances = Instances.Select(i => JsonDocument.Parse(i).RootElement).ToArray();
        var members = new List<(JsonObject Parent, string Key)>();
        Collect(schema, members);
        var unexpected = new List<string>();
        var outcomes = (Compiled: 0, Rejected: 0);

        foreach (var (parent, key) in members)
        {
            var original = parent[key];
            foreach (var wrong in WrongValues)
            {
                parent[key] = wrong?.DeepClone();
                try
                {
                    var compiled = Reflekt.Json.Schema.JsonSchema.Compile(JsonSerializer.SerializeToElement(schema));
                    foreach (var instance in instances)
                    {
                        Assert.Equal(compiled.IsValid(instance), compiled.Validate(instance).IsValid);
                    }

                    outcomes.Compiled++;
                }
                catch (InvalidSchemaException)
                {
                    outcomes.Rejected++;
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    unexpected.Add($"{key} = {wrong?.ToJsonString() ?? "null"}: {ex.GetType().Name}: {ex.Message}");
                }
            }

            parent[key] = original?.DeepClone();
        }

        Assert.Empty(unexpected);
        Assert.True(outcomes.Rejected > 100 && outcomes.Compiled > 100, $"compiled {outcomes.Compiled}, rejected {outcomes.Rejected}");
    }

    private static void Collect(JsonNode? node, List<(JsonObject, string)> members)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    members.Add((obj, key));
                    Collect(value, members);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, members);
                }

                break;
        }
    }
}
