namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>A numeric bound: a lower bound tightens when raised, an upper bound when lowered; adding one tightens.</summary>
internal abstract class BoundComparer(string keyword, bool tightensWhenLarger) : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = [keyword];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue(keyword);
        var newValue = comparison.NewValue(keyword);
        var at = comparison.At(keyword);
        double? oldNumber = oldValue is { ValueKind: System.Text.Json.JsonValueKind.Number } o ? o.GetDouble() : null;
        double? newNumber = newValue is { ValueKind: System.Text.Json.JsonValueKind.Number } n ? n.GetDouble() : null;
        if ((oldValue is not null && oldNumber is null) || (newValue is not null && newNumber is null))
        {
            // Draft 4's boolean exclusiveMinimum/Maximum, or a malformed bound.
            comparison.Report(SchemaChangeKind.NotAnalysed, at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
            return;
        }
        var tightened = oldNumber is null || (newNumber is { } value && value != oldNumber && (value > oldNumber) == tightensWhenLarger);
        if (oldNumber == newNumber)
        {
            return;
        }
        comparison.Report(tightened && newNumber is not null ? SchemaChangeKind.ConstraintTightened : SchemaChangeKind.ConstraintLoosened,
            at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
    }
}
