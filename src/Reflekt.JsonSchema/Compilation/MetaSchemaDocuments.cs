using System.Collections.Frozen;
using System.Text.Json;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>The official meta-schemas of draft-07, 2019-09 and 2020-12, read once from embedded resources.</summary>
internal static class MetaSchemaDocuments
{
    public const string Draft07Uri = "http://json-schema.org/draft-07/schema";
    public const string Draft201909Uri = "https://json-schema.org/draft/2019-09/schema";
    public const string Draft202012Uri = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<FrozenDictionary<string, JsonElement>> Documents = new(Load);

    public static bool TryGet(string uri, out JsonElement document) => Documents.Value.TryGetValue(uri, out document);

    public static string UriOf(Draft draft) => draft switch
    {
        Draft.Draft07 => Draft07Uri,
        Draft.Draft201909 => Draft201909Uri,
        Draft.Draft202012 => Draft202012Uri,
        _ => throw new ArgumentOutOfRangeException(nameof(draft)),
    };

    /// <summary>The draft a <c>$schema</c> URI names; http/https variants are accepted since both are common in the wild.</summary>
    public static Draft? DraftOf(string uri) => uri switch
    {
        Draft07Uri or "https://json-schema.org/draft-07/schema" => Draft.Draft07,
        Draft201909Uri or "http://json-schema.org/draft/2019-09/schema" => Draft.Draft201909,
        Draft202012Uri or "http://json-schema.org/draft/2020-12/schema" => Draft.Draft202012,
        _ => null,
    };

    private static FrozenDictionary<string, JsonElement> Load()
    {
        var assembly = typeof(MetaSchemaDocuments).Assembly;
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("MetaSchemas/", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement.Clone();
            var id = root.GetProperty("$id").GetString()!;
            result[UriTools.WithoutFragment(id)] = root;
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
