namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>anyOf</c>: one branch must pass, so a removed branch tightens and an added one loosens.</summary>
internal sealed class AnyOfComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["anyOf"];

    public void Compare(KeywordComparison comparison)
    {
        var oldList = comparison.OldValue("anyOf");
        var newList = comparison.NewValue("anyOf");
        if (oldList is null || newList is null)
        {
            // Adding anyOf constrains like a new sub-schema; removing it frees every value.
            comparison.Report(oldList is null ? SchemaChangeKind.SubschemaAdded : SchemaChangeKind.SubschemaRemoved,
                comparison.At("anyOf"), KeywordComparison.Show(oldList), KeywordComparison.Show(newList));
            return;
        }
        var (pairs, removed, added) = Branches.Match(oldList, newList);
        foreach (var (oldIndex, newIndex) in pairs)
        {
            comparison.CompareSubschemas(Branches.At(oldList, oldIndex), Branches.At(newList, newIndex), comparison.At("anyOf", Branches.Index(newIndex)));
        }
        foreach (var index in removed)
        {
            comparison.Report(SchemaChangeKind.BranchRemoved, comparison.At("anyOf", Branches.Index(index)), KeywordComparison.Show(Branches.At(oldList, index)), null);
        }
        foreach (var index in added)
        {
            comparison.Report(SchemaChangeKind.BranchAdded, comparison.At("anyOf", Branches.Index(index)), null, KeywordComparison.Show(Branches.At(newList, index)));
        }
    }
}
