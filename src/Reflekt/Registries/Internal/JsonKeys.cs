using System.Text.Json.Nodes;

namespace Reflekt.Registries.Internal;

/// <summary>Small helpers for building schema documents key by key in upstream's order.</summary>
internal static class JsonKeys
{
    public static string? String(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Collapses one-element <c>type</c> arrays (<c>["string"]</c> → <c>"string"</c>) through nested properties and items.</summary>
    public static void CollapseSingleTypes(JsonNode? schema)
    {
        if (schema is not JsonObject o)
        {
            return;
        }

        if (o["type"] is JsonArray { Count: 1 } single)
        {
            o["type"] = single[0]?.DeepClone();
        }

        if (o["properties"] is JsonObject props)
        {
            foreach (var (_, child) in props)
            {
                CollapseSingleTypes(child);
            }
        }

        CollapseSingleTypes(o["items"]);
    }
}
