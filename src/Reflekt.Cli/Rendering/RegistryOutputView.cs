using Reflekt.Registries;
using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Plain lines for push and pull: notes and warnings, one line per change, a closing count.</summary>
internal static class RegistryOutputView
{
    public static void WritePush(IAnsiConsole console, string type, string select, PushResult result, bool verbose)
    {
        if (result.Refused && !result.DryRun)
        {
            Line(console, $"Refused to push --select {select} to {type}: {PushVerdictView.BreakingCount(result.Verdicts)} breaking change(s) "
                + $"against what {type} holds under the same MAJOR; nothing was sent.");
            PushVerdictView.Write(console, result.Breaking);
            Line(console, "Make the change a new MAJOR version, or pass --allow-breaking to push it anyway.");
            return;
        }

        Line(console, result.DryRun
            ? $"Dry run: nothing was sent to {type}. For --select {select}:"
            : $"Pushed --select {select} to {type}:");
        foreach (var note in result.Notes)
        {
            Line(console, $"note: {note}");
        }

        foreach (var change in result.Changes.Where(c => verbose || c.Kind != ChangeKind.Unchanged))
        {
            Line(console, $"  {Sign(change.Kind)} {change.Target}");
        }

        var added = result.Changes.Count(c => c.Kind == ChangeKind.Add);
        var changed = result.Changes.Count(c => c.Kind == ChangeKind.Change);
        var removed = result.Changes.Count(c => c.Kind == ChangeKind.Remove);
        var unchanged = result.Changes.Count(c => c.Kind == ChangeKind.Unchanged);
        Line(console, result.DryRun
            ? $"Would add {added}, change {changed}, remove {removed} ({unchanged} unchanged)."
            : $"Added {added}, changed {changed}, removed {removed} ({unchanged} unchanged).");
        if (result.DryRun && result.Verdicts.Count > 0)
        {
            Line(console, $"Breaking-change check against what {type} holds under the same MAJOR:");
            PushVerdictView.Write(console, result.Verdicts);
            if (result.Refused)
            {
                Line(console, $"The push would be refused: {PushVerdictView.BreakingCount(result.Verdicts)} breaking change(s); pass --allow-breaking to push anyway.");
            }
        }
        else if (result.Breaking.Count > 0)
        {
            Line(console, $"note: pushed {PushVerdictView.BreakingCount(result.Verdicts)} breaking change(s) with --allow-breaking:");
            PushVerdictView.Write(console, result.Breaking);
        }
    }

    public static void WritePull(IAnsiConsole console, string type, string select, string projectDirectory, PullOutcome outcome, bool verbose)
    {
        Line(console, $"Pulled {outcome.Pulled.Schemas.Count} schema(s) from {type} for --select {select}:");
        foreach (var warning in outcome.Pulled.Warnings)
        {
            Line(console, $"warning: {warning}");
        }

        foreach (var file in outcome.Files.Where(f => verbose || f.Kind != ChangeKind.Unchanged))
        {
            var path = Path.GetRelativePath(projectDirectory, file.Path).Replace('\\', '/');
            Line(console, $"  {Verb(file.Kind)} {path}");
        }

        Line(console, $"Created {outcome.Files.Count(f => f.Kind == ChangeKind.Add)}, updated {outcome.Files.Count(f => f.Kind == ChangeKind.Change)}, "
            + $"unchanged {outcome.Files.Count(f => f.Kind == ChangeKind.Unchanged)}.");
    }

    private static string Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "+",
        ChangeKind.Change => "~",
        ChangeKind.Remove => "-",
        ChangeKind.Unchanged => "=",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Verb(ChangeKind kind) => kind switch
    {
        ChangeKind.Add => "created  ",
        ChangeKind.Change => "updated  ",
        ChangeKind.Unchanged => "unchanged",
        ChangeKind.Remove => "removed  ",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // Text, not markup: event names and paths may contain [brackets].
    private static void Line(IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }
}
