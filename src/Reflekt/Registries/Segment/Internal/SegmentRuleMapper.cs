using System.Text.Json.Nodes;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>
/// Converts Reflekt schemas to Segment rules and back (contracts.md §1.4): the schema's property-level
/// keywords go under <c>properties.properties</c> (TRACK/PAGE/SCREEN) or <c>properties.traits</c>
/// (IDENTIFY/GROUP); description and <c>self.metadata</c> (as <c>labels</c>) sit at the top.
/// </summary>
internal static class SegmentRuleMapper
{
    public const string Draft07 = "http://json-schema.org/draft-07/schema#";

    // Keys of a Reflekt schema that describe the document, not the properties object it validates.
    private static readonly HashSet<string> EnvelopeKeys = ["$schema", "$id", "description", "self", "type"];

    public static SegmentRule ToRule(RegistrySchema schema)
    {
        var doc = schema.Document;
        var model = schema.Schema;
        var name = model.Name ?? throw new ReflektException($"schemas/{schema.Id}: missing self.name, so the Segment rule key is unknown.");
        var type = SegmentRuleType.FromSchemaName(name);
        var version = schema.RequireVersion();

        var section = new JsonObject { ["type"] = "object" };
        foreach (var (key, value) in doc)
        {
            if (!EnvelopeKeys.Contains(key))
            {
                section[key] = value?.DeepClone();
            }
        }

        var sections = new JsonObject { ["context"] = new JsonObject() };
        if (SegmentRuleType.Section(type) == "traits")
        {
            sections["traits"] = section;
            sections["properties"] = new JsonObject();
        }
        else
        {
            sections["traits"] = new JsonObject();
            sections["properties"] = section;
        }

        var jsonSchema = new JsonObject
        {
            ["$schema"] = Draft07,
            ["type"] = "object",
            ["labels"] = model.Metadata is { } metadata ? JsonObject.Create(metadata) : new JsonObject(),
            ["description"] = JsonKeys.String(doc["description"]) ?? "",
            ["properties"] = sections,
        };

        return new SegmentRule(type, SegmentRuleType.HasKey(type) ? name : null, version.Major, jsonSchema);
    }

    /// <summary>The Reflekt event name of a rule: the key for TRACK, a fixed name for keyless call types.</summary>
    public static string NameOf(SegmentRule rule) =>
        rule.Key is { Length: > 0 } key ? key : SegmentRuleType.DefaultName(rule.Type);

    /// <summary>The schema id a pulled rule is written to: <c>plan/Event_Name/MAJOR-0.json</c>.</summary>
    public static string IdOf(string plan, SegmentRule rule)
    {
        var folder = NameOf(rule).Replace(' ', '_').Replace('/', '_').Replace('\\', '_');
        return $"{plan}/{folder}/{rule.Version}-0.json";
    }

    public static RegistrySchema ToSchema(string plan, SegmentRule rule, string vendor)
    {
        var js = rule.JsonSchema;
        var section = (js["properties"] as JsonObject)?[SegmentRuleType.Section(rule.Type)] as JsonObject ?? new JsonObject();
        var id = IdOf(plan, rule);
        var version = $"{rule.Version}-0";

        var doc = new JsonObject
        {
            ["$schema"] = Draft07,
            ["$id"] = id,
            ["description"] = JsonKeys.String(js["description"]) is { Length: > 0 } d ? d : SegmentRuleType.DefaultDescription(rule.Type),
            ["self"] = new JsonObject
            {
                ["vendor"] = vendor,
                ["name"] = NameOf(rule),
                ["format"] = "jsonschema",
                ["version"] = version,
                ["metadata"] = js["labels"] is JsonObject labels ? labels.DeepClone() : new JsonObject(),
            },
            ["type"] = "object",
            ["properties"] = section["properties"]?.DeepClone() ?? new JsonObject(),
            ["required"] = section["required"]?.DeepClone() ?? new JsonArray(),
        };

        if (section["additionalProperties"] is { } additional)
        {
            doc["additionalProperties"] = additional.DeepClone();
        }

        foreach (var (key, value) in section)
        {
            if (key is not ("type" or "properties" or "required" or "additionalProperties"))
            {
                doc[key] = value?.DeepClone();
            }
        }

        if (doc["properties"] is JsonObject props)
        {
            foreach (var (_, prop) in props)
            {
                JsonKeys.CollapseSingleTypes(prop);
            }
        }

        return new RegistrySchema(id, doc);
    }
}
