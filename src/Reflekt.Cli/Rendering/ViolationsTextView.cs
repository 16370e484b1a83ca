using System.Globalization;
using Reflekt.Violations;

namespace Reflekt.Cli.Rendering;

/// <summary>`reflekt violations` as text: a heading, then one row per violation, most frequent first.</summary>
internal static class ViolationsTextView
{
    public static void Write(TextWriter output, ViolationReport report)
    {
        var events = report.Violations.Sum(v => v.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Violations.Count} violation(s) in {events} event check(s) since {Time(report.Since)}"));
        if (report.Violations.Count == 0)
        {
            return;
        }
        string[] header = ["COUNT", "SCHEMA / EVENT", "POINTER", "KIND", "LAST SEEN", "MESSAGE"];
        var rows = report.Violations.Select(v => new[]
        {
            v.Count.ToString(CultureInfo.InvariantCulture),
            v.SchemaId ?? (v.Event is null ? "(no event name)" : $"\"{v.Event}\" (unplanned)"),
            v.Pointer.Length == 0 ? "/" : v.Pointer,
            v.Kind,
            Time(v.LastSeen),
            v.Message,
        }).ToList();
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Append(header).Max(r => r[i].Length)).ToList();
        output.WriteLine();
        foreach (var row in rows.Prepend(header))
        {
            var cells = row.Take(header.Length - 1).Select((cell, i) => i == 0 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            output.WriteLine(string.Join("  ", cells.Append(row[^1])).TrimEnd());
        }
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
