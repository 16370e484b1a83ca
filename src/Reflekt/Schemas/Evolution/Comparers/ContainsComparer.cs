namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>contains</c>: adding it requires a matching item; a narrower schema rejects arrays matching only the old one.</summary>
internal sealed class ContainsComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["contains"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("contains");
        var newValue = comparison.NewValue("contains");
        var at = comparison.At("contains");
        if (oldValue is null)
        {
            comparison.Report(SchemaChangeKind.SubschemaAdded, at, null, KeywordComparison.Show(newValue));
        }
        else if (newValue is null)
        {
            comparison.Report(SchemaChangeKind.SubschemaRemoved, at, KeywordComparison.Show(oldValue), null);
        }
        else
        {
            comparison.CompareSubschemas(oldValue, newValue, at);
        }
    }
}
