using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary>
/// <c>if</c>/<c>then</c>/<c>else</c>: with the same condition, <c>then</c> and <c>else</c> compare as sub-schemas;
/// a changed condition moves values between branches and is not analysed.
/// </summary>
internal sealed class IfThenElseComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["if", "then", "else"];

    public void Compare(KeywordComparison comparison)
    {
        var oldIf = comparison.OldValue("if");
        var newIf = comparison.NewValue("if");
        if (oldIf is null != newIf is null || (oldIf is { } a && newIf is { } b && !JsonElement.DeepEquals(a, b)))
        {
            if (oldIf is null && comparison.OldValue("then") is null && comparison.OldValue("else") is null)
            {
                comparison.Report(SchemaChangeKind.SubschemaAdded, comparison.At("if"), null, KeywordComparison.Show(newIf));
            }
            else if (newIf is null && comparison.NewValue("then") is null && comparison.NewValue("else") is null)
            {
                comparison.Report(SchemaChangeKind.SubschemaRemoved, comparison.At("if"), KeywordComparison.Show(oldIf), null);
            }
            else
            {
                comparison.Report(SchemaChangeKind.NotAnalysed, comparison.At("if"), KeywordComparison.Show(oldIf), KeywordComparison.Show(newIf));
            }
            return;
        }
        if (newIf is null)
        {
            // then/else without if are ignored by every draft.
            return;
        }
        comparison.CompareSubschemas(comparison.OldValue("then"), comparison.NewValue("then"), comparison.At("then"));
        comparison.CompareSubschemas(comparison.OldValue("else"), comparison.NewValue("else"), comparison.At("else"));
    }
}
