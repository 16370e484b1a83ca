using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>
/// Finds every named property and every schema object of an event schema in document order: top level,
/// nested objects, array items, `additionalProperties` schemas and composition branches
/// (upstream only ever looked at the top level).
/// </summary>
internal sealed class PropertyWalker
{
    /// <summary>Deeper schemas are not walked; the parser already caps nesting, this keeps recursion bounded.</summary>
    private const int MaxDepth = 128;

    private static readonly string[] Compositions = ["allOf", "anyOf", "oneOf"];

    private readonly List<PropertyNode> _properties = [];
    private readonly List<SubSchema> _schemas = [];

    private PropertyWalker()
    {
    }

    /// <summary>Named properties at every depth, and every schema object visited, root first.</summary>
    public static (IReadOnlyList<PropertyNode> Properties, IReadOnlyList<SubSchema> Schemas) Walk(JsonElement root)
    {
        var walker = new PropertyWalker();
        walker.Visit(root, "", disabled: false, isProperty: false, depth: 0);
        return (walker._properties, walker._schemas);
    }

    private void Visit(JsonElement schema, string pointer, bool disabled, bool isProperty, int depth)
    {
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return;
        }
        _schemas.Add(new SubSchema(pointer, schema, disabled, isProperty));
        if (schema.GetObject("properties") is { } properties)
        {
            foreach (var property in properties.EnumerateObject())
            {
                var childPointer = $"{pointer}/properties/{JsonAccess.Escape(property.Name)}";
                var childDisabled = disabled || property.Value.Get("lint") is { ValueKind: JsonValueKind.False };
                _properties.Add(new PropertyNode(property.Name, childPointer, property.Value, childDisabled));
                Visit(property.Value, childPointer, childDisabled, isProperty: true, depth + 1);
            }
        }
        switch (schema.Get("items"))
        {
            case { ValueKind: JsonValueKind.Object } items:
                Visit(items, pointer + "/items", disabled, isProperty: false, depth + 1);
                break;
            case { ValueKind: JsonValueKind.Array } tuple:
                var index = 0;
                foreach (var item in tuple.EnumerateArray())
                {
                    Visit(item, $"{pointer}/items/{index++}", disabled, isProperty: false, depth + 1);
                }
                break;
        }
        if (schema.GetObject("additionalProperties") is { } additional)
        {
            Visit(additional, pointer + "/additionalProperties", disabled, isProperty: false, depth + 1);
        }
        foreach (var keyword in Compositions)
        {
            if (schema.GetArray(keyword) is { } branches)
            {
                var index = 0;
                foreach (var branch in branches.EnumerateArray())
                {
                    Visit(branch, $"{pointer}/{keyword}/{index++}", disabled, isProperty: false, depth + 1);
                }
            }
        }
    }
}
