using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>allOf</c>: every branch must pass, so an added branch tightens and a removed one loosens.</summary>
internal sealed class AllOfComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["allOf"];

    public void Compare(KeywordComparison comparison)
    {
        var (pairs, removed, added) = Branches.Match(comparison.OldValue("allOf"), comparison.NewValue("allOf"));
        foreach (var (oldIndex, newIndex) in pairs)
        {
            comparison.CompareSubschemas(Branches.At(comparison.OldValue("allOf"), oldIndex), Branches.At(comparison.NewValue("allOf"), newIndex), comparison.At("allOf", newIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        foreach (var index in removed)
        {
            comparison.Report(SchemaChangeKind.ConjunctRemoved, comparison.At("allOf", index.ToString(System.Globalization.CultureInfo.InvariantCulture)), KeywordComparison.Show(Branches.At(comparison.OldValue("allOf"), index)), null);
        }
        foreach (var index in added)
        {
            comparison.Report(SchemaChangeKind.ConjunctAdded, comparison.At("allOf", index.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, KeywordComparison.Show(Branches.At(comparison.NewValue("allOf"), index)));
        }
    }
}
