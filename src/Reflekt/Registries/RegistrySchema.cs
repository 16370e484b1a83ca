using System.Text.Json.Nodes;

namespace Reflekt.Registries;

/// <summary>An event schema as exchanged with a registry: its <c>$id</c> (path under schemas/) and its document.</summary>
public sealed record RegistrySchema(string Id, JsonObject Document)
{
    /// <summary>The file's exact text when known: stores that keep bytes (S3, our registry) round-trip it unchanged.</summary>
    public string? RawText { get; init; }

    /// <summary>The <c>self.name</c> of the schema, or null when absent.</summary>
    public string? Name => (Document["self"] as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var name) ? name : null;

    /// <summary>The <c>self.version</c> of the schema (e.g. <c>1-0</c>), else the file name without <c>.json</c>.</summary>
    public string Version =>
        (Document["self"] as JsonObject)?["version"] is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : System.IO.Path.GetFileNameWithoutExtension(Id);
}
