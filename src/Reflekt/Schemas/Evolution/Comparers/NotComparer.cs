namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>not</c>: the excluded schema's changes count the other way round — widening it rejects more.</summary>
internal sealed class NotComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["not"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("not");
        var newValue = comparison.NewValue("not");
        var at = comparison.At("not");
        if (oldValue is null || newValue is null)
        {
            comparison.Report(oldValue is null ? SchemaChangeKind.SubschemaAdded : SchemaChangeKind.SubschemaRemoved,
                at, KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
            return;
        }
        var inner = comparison.Probe(oldValue, newValue, at).Where(c => c.Kind != SchemaChangeKind.DescriptionChanged.Id).ToList();
        var (shownOld, shownNew) = (KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
        if (inner.Any(c => c.Impact == ChangeImpact.NotAnalysed) || (inner.Any(c => c.IsBreaking) && inner.Any(c => !c.IsBreaking)))
        {
            comparison.Report(SchemaChangeKind.NotAnalysed, at, shownOld, shownNew);
        }
        else if (inner.Any(c => !c.IsBreaking))
        {
            comparison.Report(SchemaChangeKind.NotWidened, at, shownOld, shownNew);
        }
        else if (inner.Count > 0)
        {
            comparison.Report(SchemaChangeKind.NotNarrowed, at, shownOld, shownNew);
        }
    }
}
