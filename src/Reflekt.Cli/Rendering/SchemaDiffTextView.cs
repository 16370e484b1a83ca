using Reflekt.Schemas.Evolution;

namespace Reflekt.Cli.Rendering;

/// <summary>Schema changes as text: one header per pair, one line per change, then a summary.</summary>
internal static class SchemaDiffTextView
{
    public static void Write(TextWriter output, IReadOnlyList<SchemaComparison> comparisons)
    {
        foreach (var comparison in comparisons)
        {
            if (comparison.Status == SchemaComparisonStatus.Added)
            {
                output.WriteLine($"{comparison.New}: new schema (not in {comparison.Old[..comparison.Old.IndexOf(':')]})");
                continue;
            }
            if (comparison.Status == SchemaComparisonStatus.Removed)
            {
                output.WriteLine($"{comparison.New}: removed since {comparison.Old[..comparison.Old.IndexOf(':')]}");
            }
            else if (comparison.Changes.Count == 0)
            {
                output.WriteLine($"{comparison.New}: no changes{(comparison.Status == SchemaComparisonStatus.Renamed ? $" (renamed from {comparison.Old})" : "")}");
                continue;
            }
            else
            {
                output.WriteLine($"{comparison.Old} → {comparison.New}{(comparison.Status == SchemaComparisonStatus.Renamed ? " (renamed)" : "")}");
            }
            foreach (var change in comparison.Changes)
            {
                output.WriteLine($"  {Verdict(change)}  {change.Explanation}  ({change.Pointer})");
            }
        }
        var changes = comparisons.Sum(c => c.Changes.Count);
        var breaking = comparisons.Sum(c => c.BreakingCount);
        output.WriteLine($"{changes} change(s): {breaking} breaking, {changes - breaking} non-breaking.");
    }

    /// <summary>The verdict column, padded so explanations line up.</summary>
    public static string Verdict(SchemaChange change) => change.Impact switch
    {
        ChangeImpact.NonBreaking => "non-breaking",
        ChangeImpact.Breaking => "breaking    ",
        _ => "not analysed",
    };
}
