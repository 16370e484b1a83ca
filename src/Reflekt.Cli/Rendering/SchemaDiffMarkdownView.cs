using Reflekt.Schemas.Evolution;

namespace Reflekt.Cli.Rendering;

/// <summary><c>diff --format markdown</c>: a summary line, then one table per event, made to be posted as a pull-request comment.</summary>
internal static class SchemaDiffMarkdownView
{
    public static void Write(TextWriter output, IReadOnlyList<SchemaComparison> comparisons)
    {
        var changes = comparisons.Sum(c => c.Changes.Count);
        var breaking = comparisons.Sum(c => c.BreakingCount);
        output.WriteLine($"**Schema changes:** {changes} change(s), {breaking} breaking, {changes - breaking} non-breaking.");
        foreach (var comparison in comparisons.Where(c => c.Changes.Count > 0 || c.Status != SchemaComparisonStatus.Compared))
        {
            output.WriteLine();
            output.WriteLine($"### `{comparison.New}`{Status(comparison)}");
            if (comparison.Changes.Count == 0)
            {
                continue;
            }
            output.WriteLine();
            output.WriteLine("| Verdict | Pointer | Change |");
            output.WriteLine("| --- | --- | --- |");
            foreach (var change in comparison.Changes)
            {
                var verdict = change.Impact switch { ChangeImpact.NonBreaking => "non-breaking", ChangeImpact.Breaking => "**breaking**", _ => "**not analysed**" };
                output.WriteLine($"| {verdict} | `{(change.Pointer.Length == 0 ? "/" : change.Pointer)}` | {Cell(change.Explanation)} |");
            }
        }
    }

    private static string Status(SchemaComparison comparison) => comparison.Status switch
    {
        SchemaComparisonStatus.Added => " (new)",
        SchemaComparisonStatus.Removed => " (removed)",
        SchemaComparisonStatus.Renamed => $" (renamed from `{comparison.Old}`)",
        _ => "",
    };

    // A pipe would end the cell; a newline the row.
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
