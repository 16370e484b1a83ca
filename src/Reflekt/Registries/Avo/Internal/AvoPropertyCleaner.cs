using System.Text.Json.Nodes;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Avo.Internal;

/// <summary>
/// Turns an Avo property object into a plain JSON Schema: drops Avo's bookkeeping keys, collapses one-element
/// type lists, and fills a missing description with "" (and a missing type with none, i.e. any) with a warning.
/// </summary>
internal static class AvoPropertyCleaner
{
    // Avo-only keys (contracts.md §3.2) that are not JSON Schema; upstream dropped id, index and nameMapping.
    private static readonly string[] AvoKeys =
        ["id", "index", "nameMapping", "isSystemProperty", "operations", "stakeholderDomains", "customFields", "pii", "groupTypeId", "tags"];

    public static JsonObject Clean(string where, string name, JsonObject property, List<string> warnings)
    {
        var clean = (JsonObject)property.DeepClone();
        foreach (var key in AvoKeys)
        {
            clean.Remove(key);
        }

        if (JsonKeys.String(clean["description"]) is null)
        {
            warnings.Add($"{where}: property '{name}' has no description; wrote \"\".");
            clean["description"] = "";
        }

        if (clean["type"] is null)
        {
            warnings.Add($"{where}: property '{name}' has no type; left untyped (accepts any value).");
        }

        JsonKeys.CollapseSingleTypes(clean);
        if (clean["items"] is JsonObject items)
        {
            clean["items"] = CleanNested(items);
        }

        if (clean["properties"] is JsonObject nested)
        {
            clean["properties"] = CleanChildren(nested);
        }

        return Reorder(clean);
    }

    private static JsonObject CleanNested(JsonObject schema)
    {
        var clean = (JsonObject)schema.DeepClone();
        foreach (var key in AvoKeys)
        {
            clean.Remove(key);
        }

        if (clean["properties"] is JsonObject nested)
        {
            clean["properties"] = CleanChildren(nested);
        }

        if (clean["items"] is JsonObject items)
        {
            clean["items"] = CleanNested(items);
        }

        return clean;
    }

    private static JsonObject CleanChildren(JsonObject properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
        {
            result[name] = value is JsonObject o ? CleanNested(o) : value?.DeepClone();
        }

        return result;
    }

    // description first, then type, then the rest as Avo gave them: reads like upstream's pulled files.
    private static JsonObject Reorder(JsonObject o)
    {
        var result = new JsonObject();
        foreach (var key in new[] { "description", "type" })
        {
            if (o[key] is { } v)
            {
                result[key] = v.DeepClone();
            }
        }

        foreach (var (key, value) in o)
        {
            if (key is not ("description" or "type"))
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }
}
