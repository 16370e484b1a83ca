using System.Text.Json.Nodes;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>A Segment Protocols rule (RuleV1 / RuleInputV1): type, optional key, integer MAJOR version, jsonSchema.</summary>
internal sealed record SegmentRule(string Type, string? Key, int Version, JsonObject JsonSchema)
{
    /// <summary>Rules are identified by (type, key, version); an absent key and an empty key are the same.</summary>
    public (string Type, string Key, int Version) Identity => (Type, Key ?? "", Version);

    public string Describe() => Key is { Length: > 0 } ? $"{Type} \"{Key}\" v{Version}" : $"{Type} v{Version}";

    public static SegmentRule FromJson(JsonObject rule) => new(
        rule["type"]?.GetValue<string>() ?? throw new ReflektException("Segment Public API returned a rule without 'type'."),
        rule["key"] is JsonValue k && k.TryGetValue<string>(out var key) ? key : null,
        rule["version"] is JsonValue v && double.TryParse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var version) ? (int)version : 1,
        rule["jsonSchema"] as JsonObject ?? new JsonObject());

    /// <summary>RuleInputV1 (PUT) / UpsertRuleV1 (PATCH) body item.</summary>
    public JsonObject ToInput()
    {
        var o = new JsonObject { ["type"] = Type };
        if (Key is not null)
        {
            o["key"] = Key;
        }

        o["version"] = Version;
        o["jsonSchema"] = JsonSchema.DeepClone();
        return o;
    }
}
