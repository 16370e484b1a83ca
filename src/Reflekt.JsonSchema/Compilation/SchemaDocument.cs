using System.Text.Json;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>One JSON document being compiled, with the schema resources (<c>$id</c>s) found in it.</summary>
internal sealed class SchemaDocument(string retrievalUri, JsonElement root, bool isRoot)
{
    public string RetrievalUri { get; } = retrievalUri;

    public JsonElement Root { get; } = root;

    /// <summary>True for the document given to Compile: its errors are reported by plain pointer.</summary>
    public bool IsRoot { get; } = isRoot;

    public List<SchemaResource> Resources { get; } = [];

    /// <summary>The innermost resource whose root is at or above <paramref name="pointer"/>.</summary>
    public SchemaResource EnclosingResource(string pointer)
    {
        SchemaResource best = Resources[0];
        foreach (var resource in Resources)
        {
            var p = resource.Pointer;
            if (p.Length > best.Pointer.Length
                && (pointer == p || (pointer.Length > p.Length && pointer.StartsWith(p, StringComparison.Ordinal) && pointer[p.Length] == '/')))
            {
                best = resource;
            }
        }

        return best;
    }

    public string Location(string pointer) => IsRoot ? pointer : RetrievalUri + "#" + pointer;
}
