using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>uniqueItems</c>: turning it on rejects arrays with repeats.</summary>
internal sealed class UniqueItemsComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["uniqueItems"];

    public void Compare(KeywordComparison comparison)
    {
        var oldUnique = comparison.OldValue("uniqueItems") is { ValueKind: JsonValueKind.True };
        var newUnique = comparison.NewValue("uniqueItems") is { ValueKind: JsonValueKind.True };
        if (oldUnique != newUnique)
        {
            comparison.Report(newUnique ? SchemaChangeKind.UniqueItemsAdded : SchemaChangeKind.UniqueItemsRemoved,
                comparison.At("uniqueItems"), KeywordComparison.Show(comparison.OldValue("uniqueItems")), KeywordComparison.Show(comparison.NewValue("uniqueItems")));
        }
    }
}
