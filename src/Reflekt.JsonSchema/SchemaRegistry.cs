using System.Collections.Concurrent;
using System.Text.Json;
using Reflekt.Json.Schema.Compilation;

namespace Reflekt.Json.Schema;

/// <summary>Schema documents by URI, against which references resolve; the meta-schemas of the three drafts are built in.</summary>
public sealed class SchemaRegistry
{
    private readonly ConcurrentDictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);

    public SchemaRegistry()
    {
    }

    /// <summary>Registers (or replaces) the document retrievable at <paramref name="uri"/>.</summary>
    public void Register(Uri uri, JsonElement document)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("A registry URI must be absolute: " + uri.OriginalString, nameof(uri));
        }

        var copy = document.Clone();
        var key = UriTools.WithoutFragment(UriTools.Normalize(uri.OriginalString));
        _documents[key] = copy;

        // A document that names itself with an absolute $id is also found under that name.
        if (copy.ValueKind == JsonValueKind.Object && copy.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            && UriTools.Resolve(key, id.GetString()!) is { } absolute && UriTools.WithoutFragment(absolute) != key)
        {
            _documents.TryAdd(UriTools.WithoutFragment(absolute), copy);
        }
    }

    /// <summary>Parses <paramref name="json"/> and registers it at <paramref name="uri"/>; throws <see cref="JsonException"/> on bad JSON.</summary>
    public void Register(Uri uri, string json)
    {
        using var document = JsonDocument.Parse(json);
        Register(uri, document.RootElement);
    }

    internal bool TryGet(string uri, out JsonElement document) =>
        _documents.TryGetValue(uri, out document) || MetaSchemaDocuments.TryGet(uri, out document);
}
