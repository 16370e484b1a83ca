using Reflekt.Registries;
using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>The push gate's verdicts as plain lines: one per schema, then one per change, worded as <c>reflekt diff</c> words them.</summary>
internal static class PushVerdictView
{
    /// <summary>Every schema's verdict (a dry run), or only the breaking ones.</summary>
    public static void Write(IAnsiConsole console, IEnumerable<PushVerdict> verdicts)
    {
        foreach (var verdict in verdicts)
        {
            Line(console, $"  {verdict.Target}: {Summary(verdict)}");
            foreach (var change in verdict.Changes)
            {
                Line(console, $"    {SchemaDiffTextView.Verdict(change)}  {change.Explanation}  ({(change.Pointer.Length == 0 ? "/" : change.Pointer)})");
            }
        }
    }

    public static int BreakingCount(IEnumerable<PushVerdict> verdicts) => verdicts.Sum(v => v.Changes.Count(c => c.IsBreaking));

    private static string Summary(PushVerdict verdict)
    {
        if (verdict.IsNew)
        {
            return "new (nothing held under this MAJOR)";
        }

        return verdict.Changes.Count == 0 ? "no changes" : $"{verdict.Changes.Count} change(s), {(verdict.IsBreaking ? "breaking" : "non-breaking")}";
    }

    // Text, not markup: event names, paths and explanations may contain [brackets].
    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}
