using Reflekt.Diagnostics;

namespace Reflekt.Cli.Rendering;

/// <summary><c>--format github</c>: GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>).</summary>
internal static class GitHubAnnotationWriter
{
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var properties = new List<string>();
            if (d.File is not null)
            {
                properties.Add($"file={EscapeProperty(d.File)}");
            }
            if (d.Line > 0)
            {
                properties.Add($"line={d.Line}");
                properties.Add($"col={d.Column}");
            }
            properties.Add($"title={EscapeProperty(d.RuleId)}");
            output.WriteLine($"::{command} {string.Join(',', properties)}::{EscapeData(d.Message)}");
        }
    }

    // The escaping the GitHub Actions toolkit applies (toolkit/packages/core/src/command.ts).
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
