using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Schemas.Calls;

namespace Reflekt.Schemas;

/// <summary>
/// One event schema as every capability sees it (lint, report, dbt build, registries, validation, drift, the server,
/// the demo): its path and <c>$id</c>, the <c>self</c> block (name, vendor, version, metadata, lint switch), its
/// description, root element, source positions and the Segment call it describes.
/// </summary>
/// <remarks>
/// Built once, by the catalog when it loads a file (<see cref="EventSchemaFile.Schema"/>), or by <see cref="Read(string, JsonElement)"/> for
/// a document that never was a file (a pushed or pulled schema). This is the only code that reads <c>self</c>.
/// </remarks>
public sealed record EventSchema
{
    private EventSchema(string path, JsonElement root, EventSchemaFile? source)
    {
        Path = path.Replace('\\', '/');
        Root = root;
        Source = source;
        SchemaId.TryParse(Path, out var pathId);
        PathId = pathId;
        FileVersion = SchemaVersion.FromFileName(Path);
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        DeclaredId = StringIn(root, "$id");
        Description = StringIn(root, "description");
        if (root.TryGetProperty("self"u8, out var self) && self.ValueKind == JsonValueKind.Object)
        {
            Name = StringIn(self, "name");
            Vendor = StringIn(self, "vendor");
            DeclaredVersion = StringIn(self, "version");
            Metadata = self.TryGetProperty("metadata"u8, out var metadata) && metadata.ValueKind == JsonValueKind.Object ? metadata : null;
            LintEnabled = !self.TryGetProperty("lint"u8, out var lint) || lint.ValueKind != JsonValueKind.False;
        }
    }

    /// <summary>Forward-slash path under <c>schemas/</c>, e.g. <c>ecommerce/Order_Completed/1-0.json</c>; by convention equal to <c>$id</c>.</summary>
    public string Path { get; }

    /// <summary>The id parsed from <see cref="Path"/>, or null when the path does not follow <c>&lt;folders&gt;/&lt;Event&gt;/&lt;M&gt;-&lt;m&gt;.json</c>.</summary>
    public SchemaId? PathId { get; }

    /// <summary>The <c>$id</c> string written in the document, if any.</summary>
    public string? DeclaredId { get; }

    /// <summary>The schema's id: <c>$id</c> when written, else its path.</summary>
    public string Id => DeclaredId ?? Path;

    /// <summary>The event name, <c>self.name</c>, when it is a string.</summary>
    public string? Name { get; }

    /// <summary><c>self.vendor</c> when it is a string.</summary>
    public string? Vendor { get; }

    /// <summary><c>self.version</c> as written (a string), e.g. <c>1-0</c>; null when absent.</summary>
    public string? DeclaredVersion { get; }

    /// <summary>The MAJOR-MINOR version of the file name, when it has that shape.</summary>
    public SchemaVersion? FileVersion { get; }

    /// <summary>The version: <c>self.version</c> when it is MAJOR-MINOR, else the file name's.</summary>
    public SchemaVersion? Version => SchemaVersion.Parse(DeclaredVersion) ?? (DeclaredVersion is null ? FileVersion : null);

    /// <summary>The version as text: <c>self.version</c> as written, else the file name without <c>.json</c>.</summary>
    public string VersionText => DeclaredVersion ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The top-level <c>description</c> when it is a string.</summary>
    public string? Description { get; }

    /// <summary><c>self.metadata</c> when it is an object (possibly empty).</summary>
    public JsonElement? Metadata { get; }

    /// <summary>False when <c>self.lint: false</c> turns off the event-level naming rules.</summary>
    public bool LintEnabled { get; } = true;

    /// <summary>The parsed document (any JSON kind).</summary>
    public JsonElement Root { get; }

    /// <summary>The Segment call this schema describes, from its name (a schema without a name is a track event's).</summary>
    public CallType CallType => Name is null ? CallType.Track : CallTypes.OfEventName(Name);

    /// <summary>The file the schema was read from (for source positions), or null for an in-memory document.</summary>
    public EventSchemaFile? Source { get; }

    /// <summary>The line and column of a JSON pointer (or its nearest existing ancestor); unknown without a source file.</summary>
    public SourcePosition PositionOf(string pointer) => Source?.PositionOf(pointer) ?? SourcePosition.Unknown;

    /// <summary>Reads a document that is not (or not yet) a file of the catalog: a pushed, pulled or generated schema.</summary>
    /// <param name="path">Its path under <c>schemas/</c> (its id).</param>
    /// <param name="root">The parsed document; kept as given (clone it first if its <see cref="JsonDocument"/> will be disposed).</param>
    public static EventSchema Read(string path, JsonElement root) => new(path, root, null);

    /// <summary>Reads a mutable document (a registry's); the model is a snapshot of it as it is now.</summary>
    public static EventSchema Read(string path, JsonNode root) => new(path, JsonSerializer.SerializeToElement(root), null);

    internal static EventSchema FromFile(EventSchemaFile file, JsonElement root) => new(file.RelativePath, root, file);

    public override string ToString() => Path;

    private static string? StringIn(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
