using System.Text.Json.Nodes;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Avo.Internal;

/// <summary>
/// Maps an Avo export (contracts.md §3.2) to Reflekt schemas: one <c>branch/Event_Name/1-0.json</c> per event,
/// plus <c>branch/Identify/1-0.json</c> and <c>branch/Group/1-0.json</c> collecting the user and group properties
/// that events set. Missing descriptions, malformed tags and untyped properties get defaults and warnings.
/// </summary>
internal static class AvoExportMapper
{
    private const string Draft07 = "http://json-schema.org/draft-07/schema#";

    public static PullResult Map(JsonObject export, string branch, string vendor)
    {
        var warnings = new List<string>();
        var events = export["events"] as JsonArray ?? [];
        var bundles = Bundles(export["propertyGroups"] as JsonObject);
        var schemas = new List<RegistrySchema>();
        var users = new PropertySet("Identify", "User properties set on Avo events (identify() traits).");
        var groups = new PropertySet("Group", "Group properties set on Avo events (group() traits).");

        foreach (var node in events.OfType<JsonObject>())
        {
            var name = JsonKeys.String(node["name"]);
            if (string.IsNullOrWhiteSpace(name))
            {
                warnings.Add($"Skipped an Avo event without a name (id {JsonKeys.String(node["id"]) ?? "unknown"}).");
                continue;
            }

            if (JsonKeys.String(node["eventType"]) == "variant" && JsonKeys.String(node["variantName"]) is { Length: > 0 } variant)
            {
                name = $"{name} - {variant}";
            }

            var where = $"Avo event '{name}'";
            var description = JsonKeys.String(node["description"]);
            if (description is null)
            {
                warnings.Add($"{where} has no description; wrote \"\".");
                description = "";
            }

            var sections = node["rules"]?["properties"] as JsonObject ?? [];
            var eventProps = sections["properties"] as JsonObject ?? [];
            var properties = CleanAll(where, eventProps["properties"] as JsonObject, warnings);
            var metadata = Metadata(where, node["tags"], warnings);
            var bundleNames = bundles
                .Where(b => b.PropertyIds.Count > 0 && b.PropertyIds.All(id => PropertyIds(eventProps["properties"] as JsonObject).Contains(id)))
                .Select(b => (JsonNode)b.Name).ToArray();
            if (bundleNames.Length > 0)
            {
                metadata["property_bundles"] = new JsonArray(bundleNames);
            }

            var id = $"{branch}/{Folder(name)}/1-0.json";
            schemas.Add(new RegistrySchema(id, Document(id, name, description, vendor, metadata, properties,
                eventProps["required"]?.DeepClone() ?? new JsonArray(), eventProps["additionalProperties"]?.DeepClone() ?? false)));

            users.Add(where, sections["userProperties"] as JsonObject, warnings);
            groups.Add(where, sections["groupProperties"] as JsonObject, warnings);
        }

        foreach (var set in new[] { users, groups })
        {
            if (set.Properties.Count > 0)
            {
                var id = $"{branch}/{set.Name}/1-0.json";
                if (schemas.Any(s => s.Id == id))
                {
                    warnings.Add($"An Avo event is named '{set.Name}', so the {set.Name.ToLowerInvariant()} properties were not written to {id}.");
                    continue;
                }

                schemas.Add(new RegistrySchema(id, Document(id, set.Name, set.Description, vendor, [], set.Properties,
                    new JsonArray(set.Required.Select(r => (JsonNode)r).ToArray()), false)));
            }
        }

        foreach (var clash in schemas.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            throw new ReflektException($"Avo events of branch '{branch}' map to the same file schemas/{clash.Key}; rename one of them in Avo.");
        }

        return new PullResult(schemas, warnings);
    }

    private static JsonObject Document(string id, string name, string description, string vendor, JsonObject metadata,
        JsonObject properties, JsonNode required, JsonNode additionalProperties) => new()
    {
        ["$schema"] = Draft07,
        ["$id"] = id,
        ["description"] = description,
        ["self"] = new JsonObject
        {
            ["vendor"] = vendor,
            ["name"] = name,
            ["format"] = "jsonschema",
            ["version"] = "1-0",
            ["metadata"] = metadata,
        },
        ["type"] = "object",
        ["properties"] = properties,
        ["required"] = required,
        ["additionalProperties"] = additionalProperties,
    };

    private static string Folder(string name) => name.Replace(' ', '_').Replace('/', '_').Replace('\\', '_');

    private static JsonObject CleanAll(string where, JsonObject? properties, List<string> warnings)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties ?? [])
        {
            if (value is JsonObject property)
            {
                result[name] = AvoPropertyCleaner.Clean(where, name, property, warnings);
            }
        }

        return result;
    }

    /// <summary>Tags of the form "key: value" become metadata entries; others are kept in metadata.tags.</summary>
    private static JsonObject Metadata(string where, JsonNode? tags, List<string> warnings)
    {
        var metadata = new JsonObject();
        var plain = new JsonArray();
        foreach (var tag in (tags as JsonArray ?? []).Select(JsonKeys.String).OfType<string>())
        {
            var split = tag.IndexOf(": ", StringComparison.Ordinal);
            if (split > 0)
            {
                metadata[tag[..split]] = tag[(split + 2)..];
            }
            else
            {
                warnings.Add($"{where}: tag '{tag}' is not 'key: value'; kept in self.metadata.tags.");
                plain.Add(tag);
            }
        }

        if (plain.Count > 0)
        {
            metadata["tags"] = plain;
        }

        return metadata;
    }

    private static HashSet<string> PropertyIds(JsonObject? properties) =>
        (properties ?? []).Select(p => JsonKeys.String(p.Value?["id"])).OfType<string>().ToHashSet();

    /// <summary>
    /// Property bundles (<c>propertyGroups</c>): the contract does not show their shape, so this accepts
    /// <c>{id: {name, properties: [propertyId | {id}]}}</c> (an inference) and ignores anything else.
    /// </summary>
    private static List<(string Name, List<string> PropertyIds)> Bundles(JsonObject? groups)
    {
        var result = new List<(string, List<string>)>();
        foreach (var (key, value) in groups ?? [])
        {
            if (value is not JsonObject bundle)
            {
                continue;
            }

            var ids = (bundle["properties"] as JsonArray ?? [])
                .Select(p => JsonKeys.String(p) ?? JsonKeys.String(p?["id"]))
                .OfType<string>().ToList();
            result.Add((JsonKeys.String(bundle["name"]) ?? key, ids));
        }

        return result;
    }

    /// <summary>User or group properties merged across events: the first definition wins, conflicts warn.</summary>
    private sealed class PropertySet(string name, string description)
    {
        public string Name { get; } = name;

        public string Description { get; } = description;

        public JsonObject Properties { get; } = [];

        public SortedSet<string> Required { get; } = new(StringComparer.Ordinal);

        public void Add(string where, JsonObject? section, List<string> warnings)
        {
            if (section is null)
            {
                return;
            }

            foreach (var (prop, value) in section["properties"] as JsonObject ?? [])
            {
                if (value is not JsonObject property)
                {
                    continue;
                }

                var clean = AvoPropertyCleaner.Clean(where, prop, property, warnings);
                if (Properties[prop] is { } existing)
                {
                    if (!JsonNode.DeepEquals(existing, clean))
                    {
                        warnings.Add($"{where}: {Name.ToLowerInvariant()} property '{prop}' differs from an earlier event's; kept the first.");
                    }

                    continue;
                }

                Properties[prop] = clean;
            }

            foreach (var r in (section["required"] as JsonArray ?? []).Select(JsonKeys.String).OfType<string>())
            {
                Required.Add(r);
            }
        }
    }
}
