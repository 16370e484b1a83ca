using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>Resolves a <c>$ref</c> to the sub-schema it names: local pointers and anchors, embedded <c>$id</c>s, other files.</summary>
internal static class SchemaReferenceResolver
{
    /// <summary>The target and a stable location key (for cycle protection), or null when it cannot be found.</summary>
    public static (SchemaNode Target, string Key)? Resolve(SchemaNode origin, string reference)
    {
        var hash = reference.IndexOf('#');
        var uri = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var root = origin.Root;
        if (uri.Length > 0 && !SameDocument(root, uri))
        {
            if (FindEmbedded(root, uri, depth: 0) is { } embedded)
            {
                root = embedded;
            }
            else if (origin.References.Find(uri) is { } document)
            {
                root = document;
            }
            else
            {
                return null;
            }
        }
        var target = fragment.StartsWith('/') || fragment.Length == 0 ? Pointer(root, fragment) : FindAnchor(root, fragment, depth: 0);
        return target is { } found ? (origin with { Element = found, Root = root }, Id(root) + "#" + fragment) : null;
    }

    /// <summary>The location key of a document's root, as <see cref="Resolve"/> returns it for <c>#</c>.</summary>
    public static string RootKey(JsonElement root) => Id(root) + "#";

    private static bool SameDocument(JsonElement root, string uri) => Id(root) is { Length: > 0 } id && (id == uri || id.EndsWith("/" + uri, StringComparison.Ordinal));

    private static string Id(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";

    private static JsonElement? Pointer(JsonElement root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(token, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    // Walks the document once per lookup: refs are rare next to plain keywords, so no index is kept.
    private static JsonElement? FindAnchor(JsonElement element, string anchor, int depth)
    {
        if (depth > 64)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Object)
        {
            if ((element.TryGetProperty("$anchor", out var a) && a.ValueKind == JsonValueKind.String && a.GetString() == anchor)
                || (element.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == "#" + anchor))
            {
                return element;
            }
            foreach (var property in element.EnumerateObject())
            {
                if (FindAnchor(property.Value, anchor, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindAnchor(item, anchor, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    private static JsonElement? FindEmbedded(JsonElement element, string uri, int depth)
    {
        if (depth > 64 || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (depth > 0 && SameDocument(element, uri))
        {
            return element;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && FindEmbedded(property.Value, uri, depth + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }
}
