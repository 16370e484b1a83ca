using System.Globalization;
using System.Text.Json;

namespace Reflekt.Schemas.Evolution;

/// <summary>What a keyword comparer sees: both schema objects at one pointer, and ways to report or recurse.</summary>
internal sealed class KeywordComparison(SchemaComparer comparer, SchemaNode old, SchemaNode @new, string pointer, int depth)
{
    private static readonly JsonElement True = JsonDocument.Parse("true").RootElement.Clone();

    public JsonElement Old => old.Element;

    public JsonElement New => @new.Element;

    public string Pointer => pointer;

    public JsonElement? OldValue(string keyword) => Old.TryGetProperty(keyword, out var value) ? value : null;

    public JsonElement? NewValue(string keyword) => New.TryGetProperty(keyword, out var value) ? value : null;

    /// <summary>The pointer of <paramref name="tokens"/> below this schema.</summary>
    public string At(params string[] tokens) => pointer + string.Concat(tokens.Select(t => "/" + t.Replace("~", "~0").Replace("/", "~1")));

    public void Report(SchemaChangeKind kind, string at, string? oldValue, string? newValue) => comparer.Add(kind.At(at, oldValue, newValue));

    /// <summary>Compares two sub-schemas of this keyword; an absent one accepts everything.</summary>
    public void CompareSubschemas(JsonElement? oldSchema, JsonElement? newSchema, string at) =>
        comparer.CompareSchema(old with { Element = oldSchema ?? True }, @new with { Element = newSchema ?? True }, at, depth + 1);

    /// <summary>The changes between two sub-schemas without reporting them.</summary>
    public List<SchemaChange> Probe(JsonElement? oldSchema, JsonElement? newSchema, string at) =>
        comparer.Probe(old with { Element = oldSchema ?? True }, @new with { Element = newSchema ?? True }, at, depth + 1);

    /// <summary>Reports changes found by <see cref="Probe"/> as they are.</summary>
    public void ReportAll(IEnumerable<SchemaChange> changes)
    {
        foreach (var change in changes)
        {
            comparer.Add(change);
        }
    }

    /// <summary>A JSON value as one short line for a message.</summary>
    public static string Show(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "(absent)";
        }
        var text = v.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? JsonSerializer.Serialize(v) : v.GetRawText();
        return text.Length > 80 ? text[..77] + "…" : text;
    }

    public static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A name as messages quote it.</summary>
    public static string Quote(string name) => JsonSerializer.Serialize(name);
}
