using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>Tuple validation shared by draft 7 <c>items: [...]</c> and 2020-12 <c>prefixItems</c>.</summary>
internal static class PositionalItems
{
    /// <summary>Compares position i of each list; a position missing from a list is governed by that side's <paramref name="oldRest"/>/<paramref name="newRest"/> schema.</summary>
    public static void Compare(KeywordComparison comparison, JsonElement? oldList, JsonElement? newList, string keyword, JsonElement? oldRest, JsonElement? newRest)
    {
        if (oldList is { ValueKind: not JsonValueKind.Array } || newList is { ValueKind: not JsonValueKind.Array })
        {
            // One side is a single items schema, the other a tuple (draft 7 items vs items array).
            comparison.Report(SchemaChangeKind.NotAnalysed, comparison.At(keyword), KeywordComparison.Show(oldList), KeywordComparison.Show(newList));
            return;
        }
        var oldItems = oldList?.EnumerateArray().ToList() ?? [];
        var newItems = newList?.EnumerateArray().ToList() ?? [];
        for (var i = 0; i < Math.Max(oldItems.Count, newItems.Count); i++)
        {
            var oldItem = i < oldItems.Count ? oldItems[i] : oldRest;
            var newItem = i < newItems.Count ? newItems[i] : newRest;
            comparison.CompareSubschemas(oldItem, newItem, comparison.At(keyword, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
