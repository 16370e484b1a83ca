namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>A string-valued constraint (pattern, format): adding or changing it may reject values, removing it cannot.</summary>
internal abstract class TextConstraintComparer(string keyword, SchemaChangeKind added, SchemaChangeKind changed, SchemaChangeKind removed) : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = [keyword];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue(keyword);
        var newValue = comparison.NewValue(keyword);
        var kind = newValue is null ? removed : oldValue is null ? added : changed;
        comparison.Report(kind, comparison.At(keyword), KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
    }
}
