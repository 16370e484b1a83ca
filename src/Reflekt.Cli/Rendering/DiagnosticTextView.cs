using Reflekt.Diagnostics;
using Spectre.Console;

namespace Reflekt.Cli.Rendering;

/// <summary>Diagnostics as `file:line:col: severity RKxxx message` lines, then a one-line summary.</summary>
internal static class DiagnosticTextView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, int schemaCount)
    {
        foreach (var diagnostic in diagnostics)
        {
            var (label, style) = diagnostic.Severity switch
            {
                Severity.Error => ("error", "red"),
                Severity.Warning => ("warning", "yellow"),
                _ => ("info", "blue"),
            };
            var location = diagnostic.Line > 0 ? $"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}" : diagnostic.File ?? "";
            var message = diagnostic.Message.Replace("\n", "\n    ", StringComparison.Ordinal);
            console.MarkupLine($"{Markup.Escape(location)}: [{style}]{label}[/] {diagnostic.RuleId} {Markup.Escape(message)}");
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        var summary = $"Linted {schemaCount} schema(s): {errors} error(s), {warnings} warning(s), {infos} info.";
        console.MarkupLine(errors > 0 ? $"[red]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]");
    }
}
