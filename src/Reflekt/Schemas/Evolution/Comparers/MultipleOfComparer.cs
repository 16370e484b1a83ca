using System.Text.Json;

namespace Reflekt.Schemas.Evolution.Comparers;

/// <summary><c>multipleOf</c>: a new divisor that the old one divides loosens; anything else may reject values.</summary>
internal sealed class MultipleOfComparer : IKeywordComparer
{
    public IReadOnlyList<string> Keywords { get; } = ["multipleOf"];

    public void Compare(KeywordComparison comparison)
    {
        var oldValue = comparison.OldValue("multipleOf");
        var newValue = comparison.NewValue("multipleOf");
        var at = comparison.At("multipleOf");
        var (shownOld, shownNew) = (KeywordComparison.Show(oldValue), KeywordComparison.Show(newValue));
        if (newValue is null)
        {
            comparison.Report(SchemaChangeKind.MultipleOfLoosened, at, shownOld, shownNew);
            return;
        }
        if (oldValue is { ValueKind: JsonValueKind.Number } o && newValue is { ValueKind: JsonValueKind.Number } n && n.GetDouble() > 0)
        {
            // Every multiple of the old divisor is a multiple of the new one when old / new is a whole number.
            var ratio = o.GetDouble() / n.GetDouble();
            if (Math.Abs(ratio - Math.Round(ratio)) < 1e-9 && Math.Round(ratio) >= 1)
            {
                comparison.Report(SchemaChangeKind.MultipleOfLoosened, at, shownOld, shownNew);
                return;
            }
        }
        comparison.Report(SchemaChangeKind.MultipleOfTightened, at, shownOld, shownNew);
    }
}
