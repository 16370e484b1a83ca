using System.Text.Json.Nodes;
using Reflekt.Codegen.Shapes;

namespace Reflekt.Codegen;

/// <summary>Example payloads for documentation: the required properties of a shape, each with a value of its type.</summary>
public static class ExampleValues
{
    private const int MaxDepth = 8;

    /// <summary>An object holding every required property of <paramref name="shape"/> (nested objects likewise).</summary>
    public static JsonObject Of(ObjectShape shape) => Object(shape, 0);

    private static JsonObject Object(ObjectShape shape, int depth)
    {
        var result = new JsonObject();
        foreach (var property in shape.Properties.Where(p => p.Required))
        {
            result[property.Name] = Value(property.Shape, property.Name, depth + 1);
        }

        return result;
    }

    private static JsonNode? Value(TypeShape shape, string name, int depth) => depth > MaxDepth ? null : shape switch
    {
        PrimitiveShape { Kind: PrimitiveKind.String, Format: "date-time" } => JsonValue.Create("2024-01-31T12:00:00Z"),
        PrimitiveShape { Kind: PrimitiveKind.String, Format: "date" } => JsonValue.Create("2024-01-31"),
        PrimitiveShape { Kind: PrimitiveKind.String, Format: "email" } => JsonValue.Create("someone@example.com"),
        PrimitiveShape { Kind: PrimitiveKind.String, Format: "uuid" } => JsonValue.Create("00000000-0000-4000-8000-000000000000"),
        PrimitiveShape { Kind: PrimitiveKind.String } => JsonValue.Create(name),
        PrimitiveShape { Kind: PrimitiveKind.Integer } => JsonValue.Create(1),
        PrimitiveShape { Kind: PrimitiveKind.Number } => JsonValue.Create(1.5),
        PrimitiveShape { Kind: PrimitiveKind.Boolean } => JsonValue.Create(true),
        EnumShape e => e.Values.Count > 0 ? JsonValue.Create(e.Values[0]) : null,
        ObjectShape o => Object(o, depth),
        ArrayShape a => new JsonArray(Value(a.Items, name, depth + 1)),
        MapShape => new JsonObject(),
        _ => null,
    };
}
