namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>description</c>: documentation only, reported so reviewers see it, never breaking.</summary>
internal sealed class DescriptionComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["description"];

    public void Compare(KeywordComparison comparison) =>
        comparison.Report(SchemaChangeKind.DescriptionChanged, comparison.At("description"),
            KeywordComparison.Show(comparison.OldValue("description")), KeywordComparison.Show(comparison.NewValue("description")));
}
