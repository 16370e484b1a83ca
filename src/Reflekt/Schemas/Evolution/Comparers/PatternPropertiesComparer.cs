using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>patternProperties</c>: a new pattern constrains every matching name; a removed one frees them.</summary>
internal sealed class PatternPropertiesComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["patternProperties"];

    public void Compare(KeywordComparison comparison)
    {
        var oldPatterns = comparison.OldValue("patternProperties") is { ValueKind: JsonValueKind.Object } o ? o : (JsonElement?)null;
        var newPatterns = comparison.NewValue("patternProperties") is { ValueKind: JsonValueKind.Object } n ? n : (JsonElement?)null;
        foreach (var pattern in oldPatterns?.EnumerateObject() ?? default)
        {
            var at = comparison.At("patternProperties", pattern.Name);
            if (newPatterns is { } patterns && patterns.TryGetProperty(pattern.Name, out var newSchema))
            {
                comparison.CompareSubschemas(pattern.Value, newSchema, at);
            }
            else if (comparison.NewValue("additionalProperties") is { ValueKind: JsonValueKind.False })
            {
                // Names matching the dropped pattern now fall to additionalProperties: false.
                comparison.Report(SchemaChangeKind.SchemaNowFalse, at, KeywordComparison.Show(pattern.Value), "false");
            }
            else
            {
                comparison.Report(SchemaChangeKind.SubschemaRemoved, at, KeywordComparison.Show(pattern.Value), null);
            }
        }
        foreach (var pattern in newPatterns?.EnumerateObject() ?? default)
        {
            if (oldPatterns is { } patterns && patterns.TryGetProperty(pattern.Name, out _))
            {
                continue;
            }
            var at = comparison.At("patternProperties", pattern.Name);
            // Against the old additionalProperties (absent = anything): what names matching the pattern had to pass before.
            comparison.CompareSubschemas(comparison.OldValue("additionalProperties"), pattern.Value, at);
        }
    }
}
