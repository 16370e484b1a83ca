using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Json.Schema;
using Reflekt.Projects.Yaml;
using Reflekt.Schemas;
using Reflekt.Warehouses;

namespace Reflekt.Projects.Validation;

/// <summary>
/// The JSON Schemas of <c>reflekt_project.yml</c> and of one profile (embedded, compiled once), and the
/// check that reports the first violation as "file:line:col: key.path: message".
/// </summary>
internal static class ConfigSchema
{
    private static readonly Lazy<JsonSchema> ProjectSchema = new(() => Compile(Read("project-1-0.json")));
    private static readonly Lazy<JsonSchema> ProfileSchema = new(() => Compile(WithWarehouseTypes(Read("profile-1-0.json"))));

    /// <summary>Validates a whole project file.</summary>
    public static void ValidateProject(YamlDocument document) => Validate(ProjectSchema.Value, document, document.Root, "");

    /// <summary>Validates one profile (the mapping under its name at <paramref name="pointer"/>).</summary>
    public static void ValidateProfile(YamlDocument document, JsonElement profile, string pointer) =>
        Validate(ProfileSchema.Value, document, profile, pointer);

    private static void Validate(JsonSchema schema, YamlDocument document, JsonElement instance, string pointer)
    {
        var result = schema.Validate(instance);
        if (result.IsValid)
        {
            return;
        }

        // The deepest error is the most specific (an allOf/if-then wrapper reports at its parent too).
        var error = result.Errors
            .OrderByDescending(e => JsonPointer.Segments(e.InstanceLocation).Count)
            .ThenBy(e => e.Keyword is "allOf" or "anyOf" ? 1 : 0)
            .First();
        var location = pointer + error.InstanceLocation;
        throw ConfigNode.Error(document, location, Describe(error));
    }

    // The engine prefixes messages with the instance's JSON pointer ("/schemas/casing: …"); the key path says it already.
    private static string Describe(ValidationError error)
    {
        var prefix = error.InstanceLocation + ": ";
        return error.InstanceLocation.Length > 0 && error.Message.StartsWith(prefix, StringComparison.Ordinal)
            ? error.Message[prefix.Length..]
            : error.Message;
    }

    private static JsonNode Read(string name)
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream($"Reflekt.Projects.Validation.{name}")
            ?? throw new InvalidOperationException($"embedded schema {name} is missing");
        return JsonNode.Parse(stream) ?? throw new InvalidOperationException($"embedded schema {name} is empty");
    }

    // A source item's type must be a registered warehouse, and each warehouse checks its own keys: the
    // provider owns that part of the schema, so adding a warehouse never edits this file or the JSON.
    private static JsonNode WithWarehouseTypes(JsonNode schema)
    {
        var item = schema["properties"]!["source"]!["items"]!;
        item["properties"]!["type"]!["enum"] = new JsonArray([.. WarehouseProviders.Types.Select(t => (JsonNode)JsonValue.Create(t))]);
        item["allOf"] = new JsonArray([.. WarehouseProviders.All.Select(p => (JsonNode)new JsonObject
        {
            ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = p.Type } } },
            ["then"] = JsonNode.Parse(p.SettingsSchema),
        })]);
        return schema;
    }

    private static JsonSchema Compile(JsonNode schema)
    {
        using var document = JsonDocument.Parse(schema.ToJsonString());
        return JsonSchema.Compile(document.RootElement);
    }
}
