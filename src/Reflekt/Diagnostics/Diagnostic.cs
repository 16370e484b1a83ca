namespace Reflekt.Diagnostics;

/// <summary>
/// A finding (lint, validation, drift, dbt build, the server's routing) as a value; only the CLI or the server
/// renders it. The one finding type of the solution.
/// </summary>
/// <param name="RuleId">Stable id such as <c>RK101</c> (lint), <c>RV001</c> (validation), <c>RF001</c> (drift).</param>
/// <param name="Severity">Effective severity after project overrides.</param>
/// <param name="Message">One readable sentence.</param>
/// <param name="File">Path of the file concerned, relative to the project directory where possible.</param>
/// <param name="Line">1-based line of the offending token, or 0 when unknown.</param>
/// <param name="Column">1-based column of the offending token, or 0 when unknown.</param>
/// <param name="Pointer">JSON pointer of the offending token inside the file or event ("" for the root).</param>
/// <param name="SchemaLocation">For a validation finding, the pointer of the failing keyword in the schema.</param>
public sealed record Diagnostic(
    string RuleId,
    Severity Severity,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0,
    string? Pointer = null,
    string? SchemaLocation = null);
