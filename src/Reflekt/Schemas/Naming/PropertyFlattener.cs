using System.Text.Json;

namespace Reflekt.Schemas.Naming;

/// <summary>Walks an event schema's <c>properties</c> into leaves, as CDP loaders flatten nested objects.</summary>
/// <remarks>
/// Same walk as Reflekt 0.6 (a vendored flatson): document order; a property whose <c>type</c> is exactly the
/// string <c>object</c> is descended into (one without <c>properties</c> yields nothing); everything else,
/// arrays and <c>["object","null"]</c> included, is one leaf stored as a single (JSON text) column.
/// </remarks>
internal static class PropertyFlattener
{
    public static List<FlattenedProperty> Flatten(JsonElement schema, Func<IReadOnlyList<string>, string> columnName)
    {
        var leaves = new List<FlattenedProperty>();
        if (schema.ValueKind == JsonValueKind.Object
            && schema.TryGetProperty("properties"u8, out var properties)
            && properties.ValueKind == JsonValueKind.Object)
        {
            Walk(properties, [], "", columnName, leaves);
        }

        return leaves;
    }

    private static void Walk(
        JsonElement properties,
        string[] path,
        string pointer,
        Func<IReadOnlyList<string>, string> columnName,
        List<FlattenedProperty> leaves)
    {
        foreach (var property in properties.EnumerateObject())
        {
            string[] childPath = [.. path, property.Name];
            var childPointer = pointer + "/properties/" + EscapePointer(property.Name);
            var sub = property.Value;
            if (sub.ValueKind == JsonValueKind.Object
                && sub.TryGetProperty("type"u8, out var type)
                && type.ValueKind == JsonValueKind.String
                && type.ValueEquals("object"u8))
            {
                if (sub.TryGetProperty("properties"u8, out var nested) && nested.ValueKind == JsonValueKind.Object)
                {
                    Walk(nested, childPath, childPointer, columnName, leaves);
                }

                continue;
            }

            leaves.Add(new FlattenedProperty(childPath, childPointer, columnName(childPath), sub));
        }
    }

    private static string EscapePointer(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
