namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>prefixItems</c> (2020-12): position by position; positions beyond a list fall to <c>items</c>.</summary>
internal sealed class PrefixItemsComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["prefixItems"];

    public void Compare(KeywordComparison comparison) =>
        PositionalItems.Compare(comparison, comparison.OldValue("prefixItems"), comparison.NewValue("prefixItems"), "prefixItems",
            comparison.OldValue("items"), comparison.NewValue("items"));
}
