namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>A keyword whose value is one sub-schema that an absent keyword leaves unconstrained (accepts everything).</summary>
internal abstract class SubschemaComparer(string keyword) : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = [keyword];

    public virtual void Compare(KeywordComparison comparison) =>
        comparison.CompareSubschemas(comparison.OldValue(keyword), comparison.NewValue(keyword), comparison.At(keyword));
}
