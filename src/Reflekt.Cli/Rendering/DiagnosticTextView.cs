using Reflekt.Diagnostics;
using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Diagnostics as `file:line:col: severity RKxxx message` lines, then a one-line summary.</summary>
/// <remarks>
/// Each diagnostic is one physical line, however long: editors, `grep` and CI problem matchers parse the
/// `file:line:col:` prefix, and a terminal wraps long lines by itself. So the lines bypass Spectre's layout
/// (which wraps at the console width and costs a markup parse per line); only the label is coloured.
/// </remarks>
internal static class DiagnosticTextView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, int schemaCount)
    {
        var color = console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        var output = console.Profile.Out.Writer;
        foreach (var diagnostic in diagnostics)
        {
            var (label, ansi) = diagnostic.Severity switch
            {
                Severity.Error => ("error", "31"),
                Severity.Warning => ("warning", "33"),
                _ => ("info", "34"),
            };
            var location = diagnostic.Line > 0 ? $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}" : diagnostic.File ?? "";
            var message = diagnostic.Message.Replace("\n", "\n    ", StringComparison.Ordinal);
            output.WriteLine(color
                ? $"{location}: \u001b[{ansi}m{label}\u001b[0m {diagnostic.RuleId} {message}"
                : $"{location}: {label} {diagnostic.RuleId} {message}");
        }
        output.Flush();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var summary = $"Linted {schemaCount} schema(s): {errors} error(s), {warnings} warning(s), {infos} info.";
        console.MarkupLine(errors > 0 ? $"[red]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]");
    }
}
