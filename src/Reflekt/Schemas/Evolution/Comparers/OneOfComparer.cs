namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>
/// <c>oneOf</c>: exactly one branch must pass, so removing a branch tightens, and so may adding or widening one
/// (a value can start matching two branches).
/// </summary>
internal sealed class OneOfComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["oneOf"];

    public void Compare(KeywordComparison comparison)
    {
        var oldList = comparison.OldValue("oneOf");
        var newList = comparison.NewValue("oneOf");
        if (oldList is null || newList is null)
        {
            comparison.Report(oldList is null ? SchemaChangeKind.SubschemaAdded : SchemaChangeKind.SubschemaRemoved,
                comparison.At("oneOf"), KeywordComparison.Show(oldList), KeywordComparison.Show(newList));
            return;
        }
        var (pairs, removed, added) = Branches.Match(oldList, newList);
        foreach (var (oldIndex, newIndex) in pairs)
        {
            var at = comparison.At("oneOf", Branches.Index(newIndex));
            var changes = comparison.Probe(Branches.At(oldList, oldIndex), Branches.At(newList, newIndex), at);
            comparison.ReportAll(changes);
            if (changes.Any(c => !c.IsBreaking && c.Kind != SchemaChangeKind.DescriptionChanged.Id))
            {
                comparison.Report(SchemaChangeKind.ExclusiveBranchLoosened, at, null, null);
            }
        }
        foreach (var index in removed)
        {
            comparison.Report(SchemaChangeKind.BranchRemoved, comparison.At("oneOf", Branches.Index(index)), KeywordComparison.Show(Branches.At(oldList, index)), null);
        }
        foreach (var index in added)
        {
            comparison.Report(SchemaChangeKind.ExclusiveBranchAdded, comparison.At("oneOf", Branches.Index(index)), null, KeywordComparison.Show(Branches.At(newList, index)));
        }
    }
}
