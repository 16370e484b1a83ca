using System.Text.Json;
using Reflekt.Json.Schema.Dialects;
using Reflekt.Json.Schema.Evaluation;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>
/// A schema resource: a subschema with its own base URI (the document root or an <c>$id</c>), its anchors,
/// and the dynamic anchors that <c>$dynamicRef</c>/<c>$recursiveRef</c> look up in the dynamic scope at run time.
/// Filled during compilation, read-only afterwards.
/// </summary>
internal sealed class SchemaResource(string uri, SchemaDocument document, string pointer, JsonElement element, Dialect dialect)
{
    public string Uri { get; set; } = uri;

    public SchemaDocument Document { get; } = document;

    public string Pointer { get; } = pointer;

    public JsonElement Element { get; } = element;

    public Dialect Dialect { get; } = dialect;

    /// <summary>Plain-name fragments (<c>$anchor</c>, <c>$dynamicAnchor</c>, draft-07 <c>"$id": "#name"</c>) → pointer in the document.</summary>
    public Dictionary<string, string> Anchors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> DynamicAnchorPointers { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiled targets of <c>$dynamicAnchor</c>s, consulted when this resource is in the dynamic scope.</summary>
    public Dictionary<string, SchemaNode> DynamicAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>2019-09 <c>"$recursiveAnchor": true</c> on the resource root.</summary>
    public bool RecursiveAnchor { get; set; }

    public SchemaNode? RootNode { get; set; }

    public bool DynamicTargetsLinked { get; set; }
}
