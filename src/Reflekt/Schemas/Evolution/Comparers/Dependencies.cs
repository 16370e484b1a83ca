using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>The two halves of property dependencies, shared by 2019-09's split keywords and draft 7's <c>dependencies</c>.</summary>
internal static class Dependencies
{
    /// <summary>Names required when the key property is present: each added name tightens.</summary>
    public static void CompareRequired(KeywordComparison comparison, string key, JsonElement? oldNames, JsonElement? newNames, string at)
    {
        var before = Names(oldNames);
        var after = Names(newNames);
        foreach (var name in after.Where(n => !before.Contains(n)))
        {
            comparison.Report(SchemaChangeKind.DependencyAdded, at, null, KeywordComparison.Quote(name));
        }
        foreach (var name in before.Where(n => !after.Contains(n)))
        {
            comparison.Report(SchemaChangeKind.DependencyRemoved, at, KeywordComparison.Quote(name), null);
        }
    }

    /// <summary>Each key of two keyword objects, with the value on each side (null when absent).</summary>
    public static IEnumerable<(string Key, JsonElement? Old, JsonElement? New)> Keys(JsonElement? oldMap, JsonElement? newMap)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in new[] { oldMap, newMap })
        {
            if (map is not { ValueKind: JsonValueKind.Object } m)
            {
                continue;
            }
            foreach (var property in m.EnumerateObject())
            {
                if (seen.Add(property.Name))
                {
                    yield return (property.Name, Get(oldMap, property.Name), Get(newMap, property.Name));
                }
            }
        }
    }

    private static JsonElement? Get(JsonElement? map, string key) => map is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty(key, out var value) ? value : null;

    private static List<string> Names(JsonElement? names) =>
        names is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToList() : [];
}
