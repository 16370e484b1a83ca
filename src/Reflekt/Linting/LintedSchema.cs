using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Schemas;

namespace Reflekt.Linting;

/// <summary>One parsed schema file as the rules see it; parsed once (by the catalog), walked once, shared by every rule.</summary>
public sealed class LintedSchema
{
    private (IReadOnlyList<PropertyNode> Properties, IReadOnlyList<SubSchema> Schemas)? _walk;
    private SourceMap? _sourceMap;

    internal LintedSchema(EventSchema schema)
    {
        Schema = schema;
        File = schema.Source ?? throw new ArgumentException("a linted schema is read from a file", nameof(schema));
        FilePath = "schemas/" + File.RelativePath;
    }

    /// <summary>The schema's model, as the catalog read it.</summary>
    public EventSchema Schema { get; }

    /// <summary>The file as loaded by the catalog.</summary>
    public EventSchemaFile File { get; }

    /// <summary>Project-relative path used in messages and diagnostics, e.g. <c>schemas/shop/Order_Completed/1-0.json</c>.</summary>
    public string FilePath { get; }

    /// <summary>The path under schemas/ (what <c>$id</c> should equal).</summary>
    public string SchemaPath => File.RelativePath;

    /// <summary>The parsed document (any JSON kind).</summary>
    public JsonElement Root => Schema.Root;

    /// <summary><c>$id</c> when it is a string.</summary>
    public string? Id => Schema.DeclaredId;

    /// <summary><c>self.name</c> when it is a string.</summary>
    public string? Name => Schema.Name;

    /// <summary><c>self.version</c> when it is a string.</summary>
    public string? Version => Schema.DeclaredVersion;

    /// <summary>False when <c>self.lint: false</c> turns off the event-level naming rules.</summary>
    public bool EventLintEnabled => Schema.LintEnabled;

    /// <summary>The MAJOR-MINOR version from the file name, when it has that shape.</summary>
    public SchemaVersion? FileVersion => Schema.FileVersion;

    /// <summary>Event folder of the file under schemas/ (path without the file name).</summary>
    public string EventFolder
    {
        get
        {
            var slash = SchemaPath.LastIndexOf('/');
            return slash < 0 ? "" : SchemaPath[..slash];
        }
    }

    /// <summary>Every named property at every depth, in document order.</summary>
    public IReadOnlyList<PropertyNode> Properties => (_walk ??= PropertyWalker.Walk(Root)).Properties;

    /// <summary>Every schema object (root, properties, items, branches), in document order.</summary>
    public IReadOnlyList<SubSchema> SubSchemas => (_walk ??= PropertyWalker.Walk(Root)).Schemas;

    /// <summary>A diagnostic for <paramref name="rule"/> located at the JSON pointer's token.</summary>
    public Diagnostic At(LintRule rule, string pointer, string message)
    {
        // Built for the first finding and shared by the file's others; it goes when this LintedSchema does.
        var position = (_sourceMap ??= File.BuildSourceMap()).Find(pointer);
        return new Diagnostic(rule.Id, rule.DefaultSeverity, message, FilePath, position.Line, position.Column, pointer);
    }
}
