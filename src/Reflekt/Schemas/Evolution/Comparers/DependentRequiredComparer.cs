namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>dependentRequired</c>: a property newly required alongside another rejects events without it.</summary>
internal sealed class DependentRequiredComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["dependentRequired"];

    public void Compare(KeywordComparison comparison)
    {
        foreach (var (key, oldNames, newNames) in Dependencies.Keys(comparison.OldValue("dependentRequired"), comparison.NewValue("dependentRequired")))
        {
            Dependencies.CompareRequired(comparison, key, oldNames, newNames, comparison.At("dependentRequired", key));
        }
    }
}
