using System.Globalization;
using System.Text;
using Reflekt.Reflection;
using static Reflekt.Docs.Html.HtmlText;

namespace Reflekt.Docs.Html;

/// <summary>Daily volume as an inline SVG bar chart (no script, no library), with the numbers in a table beside it.</summary>
internal static class FreshnessChart
{
    private const int Height = 80;
    private const int BarWidth = 10;

    public static string Render(string table, IReadOnlyList<DayCount> days)
    {
        if (days.Count == 0)
        {
            return "<p>No rows in the reflected window.</p>\n";
        }

        var max = Math.Max(1, days.Max(d => d.Rows));
        var svg = new StringBuilder();
        var label = $"Rows per day in {table}, {Day(days[0].Day)} to {Day(days[^1].Day)}, at most {max.ToString(CultureInfo.InvariantCulture)} a day";
        svg.Append("<figure class=\"chart\">\n<svg id=\"volume\" role=\"img\" aria-label=\"").Append(E(label))
            .Append("\" viewBox=\"0 0 ").Append(days.Count * BarWidth).Append(' ').Append(Height)
            .Append("\" preserveAspectRatio=\"none\" width=\"100%\" height=\"").Append(Height).Append("\">\n");
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var h = day.Rows == 0 ? 0 : Math.Max(1.0, Height * (double)day.Rows / max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" data-day=\"{Day(day.Day)}\" data-rows=\"{day.Rows}\" x=\"{i * BarWidth + 1}\" y=\"{Height - h:0.##}\" width=\"{BarWidth - 2}\" height=\"{h:0.##}\"><title>{Day(day.Day)}: {day.Rows} rows</title></rect>\n");
        }

        svg.Append("</svg>\n<figcaption>Rows per day (by <code>received_at</code>), ").Append(Day(days[0].Day)).Append(" – ").Append(Day(days[^1].Day)).Append("</figcaption>\n</figure>\n")
            .Append("<details><summary>Rows per day as a table</summary>\n<table><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Rows</th></tr></thead><tbody>\n");
        foreach (var day in days)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<tr><td>{Day(day.Day)}</td><td>{day.Rows}</td></tr>\n");
        }

        svg.Append("</tbody></table></details>\n");
        return svg.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
