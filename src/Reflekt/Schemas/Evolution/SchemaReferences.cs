using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>
/// The documents a cross-file <c>$ref</c> may point to on one side of a comparison, looked up by <c>$id</c> or
/// file name; local refs (<c>#/...</c>, <c>#anchor</c>) need none.
/// </summary>
public sealed class SchemaReferences(IReadOnlyDictionary<string, JsonElement> documents)
{
    public static SchemaReferences None { get; } = new(new Dictionary<string, JsonElement>());

    /// <summary>The document for <paramref name="uri"/> (without fragment), by exact id or by its last path segment.</summary>
    public JsonElement? Find(string uri)
    {
        if (documents.TryGetValue(uri, out var exact))
        {
            return exact;
        }
        var name = uri[(uri.LastIndexOf('/') + 1)..];
        foreach (var (id, document) in documents)
        {
            if (id.EndsWith("/" + name, StringComparison.Ordinal) || id == name)
            {
                return document;
            }
        }
        return null;
    }
}
