using System.Text.Json;
using Reflekt.Diagnostics;

namespace Reflekt.Linting;

/// <summary>One parsed schema file as the rules see it; parsed once, walked once, shared by every rule.</summary>
public sealed class LintedSchema
{
    private readonly SourceMap _sourceMap;
    private (IReadOnlyList<PropertyNode> Properties, IReadOnlyList<SubSchema> Schemas)? _walk;

    internal LintedSchema(LintDocument document, JsonElement root, byte[] utf8)
    {
        Document = document;
        Root = root;
        _sourceMap = new SourceMap(utf8);
        Self = root.GetObject("self");
        Id = root.GetString("$id");
        Name = Self?.GetString("name");
        Version = Self?.GetString("version");
        EventLintEnabled = Self?.Get("lint") is not { ValueKind: JsonValueKind.False };
        FileVersion = SchemaVersion.FromFileName(document.SchemaPath);
    }

    /// <summary>The file as handed to lint.</summary>
    public LintDocument Document { get; }

    /// <summary>The parsed document (any JSON kind).</summary>
    public JsonElement Root { get; }

    /// <summary>The `self` block when it is an object.</summary>
    public JsonElement? Self { get; }

    /// <summary>`$id` when it is a string.</summary>
    public string? Id { get; }

    /// <summary>`self.name` when it is a string.</summary>
    public string? Name { get; }

    /// <summary>`self.version` when it is a string.</summary>
    public string? Version { get; }

    /// <summary>False when `self.lint: false` turns off the event-level naming rules.</summary>
    public bool EventLintEnabled { get; }

    /// <summary>The MAJOR-MINOR version from the file name, when it has that shape.</summary>
    public SchemaVersion? FileVersion { get; }

    /// <summary>Event folder of the file under schemas/ (path without the file name).</summary>
    public string EventFolder
    {
        get
        {
            var path = Document.SchemaPath;
            var slash = path.LastIndexOf('/');
            return slash < 0 ? "" : path[..slash];
        }
    }

    /// <summary>Every named property at every depth, in document order.</summary>
    public IReadOnlyList<PropertyNode> Properties => (_walk ??= PropertyWalker.Walk(Root)).Properties;

    /// <summary>Every schema object (root, properties, items, branches), in document order.</summary>
    public IReadOnlyList<SubSchema> SubSchemas => (_walk ??= PropertyWalker.Walk(Root)).Schemas;

    /// <summary>A diagnostic for <paramref name="rule"/> located at the JSON pointer's token.</summary>
    public Diagnostic At(LintRule rule, string pointer, string message)
    {
        var (line, column) = _sourceMap.Locate(pointer);
        return new Diagnostic(rule.Id, rule.DefaultSeverity, message, Document.Path, line, column, pointer);
    }
}
