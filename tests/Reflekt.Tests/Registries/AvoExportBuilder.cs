using System.Text.Json.Nodes;
using Reflekt.Registries;

namespace Reflekt.Tests.Registries;

/// <summary>
/// What Avo would export (contracts.md §3.2) for a tracking plan holding these Reflekt schemas: the test-side
/// "push" for the Avo round trip, since Avo itself has no write API. An Identify schema's properties become
/// every event's userProperties; metadata string values become "key: value" tags.
/// </summary>
public static class AvoExportBuilder
{
    public static JsonObject FromSchemas(IReadOnlyList<RegistrySchema> schemas)
    {
        var identify = schemas.FirstOrDefault(s => s.Name == "Identify");
        var events = new JsonArray();
        var index = 0;
        foreach (var schema in schemas.Where(s => s != identify))
        {
            var doc = schema.Document;
            var rules = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-06/schema#",
                ["type"] = "object",
                ["required"] = new JsonArray("properties", "nameMapping"),
                ["nameMapping"] = new JsonArray(),
                ["properties"] = new JsonObject
                {
                    ["properties"] = Section(doc, ref index),
                },
            };
            if (identify is not null)
            {
                rules["properties"]!["userProperties"] = Section(identify.Document, ref index);
            }

            var tags = new JsonArray();
            foreach (var (k, v) in doc["self"]?["metadata"] as JsonObject ?? [])
            {
                tags.Add($"{k}: {v}");
            }

            events.Add(new JsonObject
            {
                ["id"] = $"ev{events.Count}",
                ["name"] = schema.Name,
                ["description"] = doc["description"]?.DeepClone(),
                ["triggers"] = new JsonArray(),
                ["tags"] = tags,
                ["categories"] = new JsonArray(),
                ["actions"] = new JsonArray("logEvent"),
                ["sources"] = new JsonArray(),
                ["rules"] = rules,
            });
        }

        return new JsonObject
        {
            ["name"] = "Exported Tracking Plan: main",
            ["events"] = events,
            ["metrics"] = new JsonObject(),
            ["sources"] = new JsonObject(),
            ["destinations"] = new JsonObject(),
            ["categories"] = new JsonObject(),
            ["propertyGroups"] = new JsonObject(),
        };
    }

    private static JsonObject Section(JsonObject doc, ref int index)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in doc["properties"] as JsonObject ?? [])
        {
            var avo = new JsonObject { ["id"] = $"p{index}", ["index"] = index++ };
            foreach (var (k, v) in (JsonObject)value!)
            {
                avo[k] = v?.DeepClone();
            }

            avo["nameMapping"] = new JsonArray();
            avo["isSystemProperty"] = false;
            properties[name] = avo;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = doc["additionalProperties"]?.DeepClone() ?? false,
            ["required"] = doc["required"]?.DeepClone() ?? new JsonArray(),
        };
    }
}
