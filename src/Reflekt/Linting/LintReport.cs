using Reflekt.Diagnostics;

namespace Reflekt.Linting;

/// <summary>The outcome of one lint run: every finding, ordered by file and position, and the counts.</summary>
public sealed record LintReport(IReadOnlyList<Diagnostic> Diagnostics, int SchemaCount)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public int InfoCount => Diagnostics.Count(d => d.Severity == Severity.Info);

    /// <summary>True when the run must fail (exit 1).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
