using System.Text.Json.Nodes;
using Reflekt.Schemas;

namespace Reflekt.Registries;

/// <summary>An event schema as exchanged with a registry: its <c>$id</c> (path under schemas/) and its document.</summary>
public sealed record RegistrySchema(string Id, JsonObject Document)
{
    /// <summary>The file's exact text when known: stores that keep bytes (S3, our registry) round-trip it unchanged.</summary>
    public string? RawText { get; init; }

    /// <summary>The schema's model, read from <see cref="Document"/> as it is now (the document is mutable).</summary>
    public EventSchema Schema => EventSchema.Read(Id, Document);

    /// <summary>The <c>self.name</c> of the schema, or null when absent.</summary>
    public string? Name => Schema.Name;

    /// <summary>The <c>self.version</c> of the schema (e.g. <c>1-0</c>), else the file name without <c>.json</c>.</summary>
    public string Version => Schema.VersionText;

    /// <summary>The version as numbers, which every registry needs.</summary>
    /// <exception cref="ReflektException">The version is not MAJOR-MINOR with MAJOR ≥ 1.</exception>
    public SchemaVersion RequireVersion()
    {
        var schema = Schema;
        return schema.Version is { Major: >= 1 } version
            ? version
            : throw new ReflektException($"schemas/{Id}: version '{schema.VersionText}' is not MAJOR-MINOR (e.g. 1-0).");
    }
}
