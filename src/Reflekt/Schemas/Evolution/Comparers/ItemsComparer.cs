using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>items</c>: one schema for every item (2020-12), or draft 7's tuple form compared position by position.</summary>
internal sealed class ItemsComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["items"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("items");
        var newValue = comparison.NewValue("items");
        var at = comparison.At("items");
        if (oldValue is { ValueKind: JsonValueKind.Array } || newValue is { ValueKind: JsonValueKind.Array })
        {
            PositionalItems.Compare(comparison, oldValue, newValue, "items", comparison.OldValue("additionalItems"), comparison.NewValue("additionalItems"));
            return;
        }
        comparison.CompareSubschemas(oldValue, newValue, at);
    }
}
