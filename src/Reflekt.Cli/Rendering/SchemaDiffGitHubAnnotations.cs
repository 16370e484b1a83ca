using Reflekt.Schemas.Evolution;

namespace Reflekt.Cli.Rendering;

/// <summary><c>diff --format github</c>: one workflow command per change (<c>::error</c> for breaking, <c>::notice</c> otherwise) on the schema file.</summary>
internal static class SchemaDiffGitHubAnnotations
{
    public static void Write(TextWriter output, IReadOnlyList<SchemaComparison> comparisons)
    {
        foreach (var comparison in comparisons)
        {
            foreach (var change in comparison.Changes)
            {
                var level = change.IsBreaking ? "error" : "notice";
                var title = change.IsBreaking ? "Breaking schema change" : "Schema change";
                output.WriteLine($"::{level} file={Property(comparison.New)},title={Property(title)}::{Data(change.Explanation)}");
            }
        }
        var breaking = comparisons.Sum(c => c.BreakingCount);
        var changes = comparisons.Sum(c => c.Changes.Count);
        output.WriteLine($"{changes} change(s): {breaking} breaking, {changes - breaking} non-breaking.");
    }

    // GitHub's escaping for workflow commands: data escapes % CR LF, properties also : and ,.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
