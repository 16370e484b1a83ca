namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>const</c>: fixing or changing the value rejects others; removing it accepts any.</summary>
internal sealed class ConstComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["const"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("const");
        var newValue = comparison.NewValue("const");
        comparison.Report(newValue is null ? SchemaChangeKind.ConstRemoved : SchemaChangeKind.ConstAdded,
            comparison.At("const"), KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
    }
}
