using System.Globalization;
using System.Text;
using System.Text.Json;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Storage;

namespace Reflekt.Cli.Commands.Reflect;

/// <summary>Renders one reflection's drift reports as text, JSON or Markdown (pure: returns the text).</summary>
internal static class ReflectionOutput
{
    private sealed record JsonTable(DriftReport Drift, ReflectionSnapshot? Snapshot);

    private sealed record JsonReport(string Source, DateTimeOffset ReflectedAt, long QueriesSent, IReadOnlyList<JsonTable> Tables);

    public static string Render(string format, SourceReflection reflection, IReadOnlyList<DriftReport> reports, long queries) => format switch
    {
        "json" => Json(reflection, reports, queries),
        "markdown" => Markdown(reflection, reports),
        _ => Text(reflection, reports),
    };

    private static string Json(SourceReflection reflection, IReadOnlyList<DriftReport> reports, long queries)
    {
        var all = reflection.Claimed.Values.Concat(reflection.Unclaimed).ToDictionary(s => s.Table, StringComparer.OrdinalIgnoreCase);
        var body = new JsonReport(reflection.Source, reflection.At, queries,
            [.. reports.Select(r => new JsonTable(r, all.GetValueOrDefault(r.Table)))]);
        return JsonSerializer.Serialize(body, SnapshotJson.Options) + "\n";
    }

    private static string Text(SourceReflection reflection, IReadOnlyList<DriftReport> reports)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Reflected {reports.Count} tables in {reflection.Source} at {reflection.At:yyyy-MM-dd HH:mm:ss}Z\n");
        foreach (var report in reports)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{report.Table}  {report.Status}  revision {report.Revision}  valid through {When(report.ValidThrough, reflection.At)}  rows {report.RowCount}\n");
            foreach (var d in report.Diagnostics)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {d.RuleId} {d.Severity.ToString().ToLowerInvariant()}: {d.Message}\n");
            }
        }

        text.Append(Summary(reports)).Append('\n');
        return text.ToString();
    }

    private static string Markdown(SourceReflection reflection, IReadOnlyList<DriftReport> reports)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Reflection of `{reflection.Source}`\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Reflected at {reflection.At:yyyy-MM-dd HH:mm:ss}Z. {Summary(reports)}\n\n");
        md.Append("| Table | Schema | Status | Revision | Valid through | Rows | Findings |\n");
        md.Append("|---|---|---|---|---|---|---|\n");
        foreach (var r in reports)
        {
            var findings = string.Join("<br>", r.Diagnostics.Select(d => $"{d.RuleId}: {Cell(d.Message)}"));
            md.Append(CultureInfo.InvariantCulture,
                $"| `{Cell(r.Table)}` | {(r.SchemaId is null ? "—" : $"`{Cell(r.SchemaId)}`")} | {r.Status} | {r.Revision} | {When(r.ValidThrough, reflection.At)} | {r.RowCount} | {findings} |\n");
        }

        return md.ToString();
    }

    private static string Summary(IReadOnlyList<DriftReport> reports) =>
        string.Join(", ", new[] { "ok", "drift", "stale", "missing_table", "error" }
            .Select(s => (Status: s, Count: reports.Count(r => r.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Status.Replace('_', ' ')}"))
        is { Length: > 0 } summary ? summary : "no tables";

    private static string When(DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } t)
        {
            return "never";
        }

        var lag = now - t;
        var ago = lag.TotalDays >= 1 ? $"{Math.Floor(lag.TotalDays)}d" : lag.TotalHours >= 1 ? $"{Math.Floor(lag.TotalHours)}h" : $"{Math.Max(0, Math.Floor(lag.TotalMinutes))}m";
        return string.Create(CultureInfo.InvariantCulture, $"{t:yyyy-MM-dd HH:mm}Z ({ago} ago)");
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
