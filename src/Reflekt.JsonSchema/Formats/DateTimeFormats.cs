using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Formats;

/// <summary>RFC 3339 date-time, full-date, full-time (leap seconds only at 23:59:60 UTC) and ISO 8601 durations.</summary>
internal static partial class DateTimeFormats
{
    public static bool IsDateTime(string value)
    {
        var t = value.IndexOfAny(['T', 't']);
        return t == 10 && IsDate(value[..10]) && IsTime(value[11..]);
    }

    public static bool IsDate(string value)
    {
        var match = DatePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    public static bool IsTime(string value)
    {
        var match = TimePattern().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var hour = Number(match.Groups[1]);
        var minute = Number(match.Groups[2]);
        var second = Number(match.Groups[3]);
        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var offsetHours = 0;
        var offsetMinutes = 0;
        if (match.Groups[5].Success)
        {
            offsetHours = Number(match.Groups[6]);
            offsetMinutes = Number(match.Groups[7]);
            if (offsetHours > 23 || offsetMinutes > 59)
            {
                return false;
            }

            if (match.Groups[5].Value == "-")
            {
                offsetHours = -offsetHours;
                offsetMinutes = -offsetMinutes;
            }
        }

        if (second == 60)
        {
            // A leap second exists only at 23:59:60 UTC.
            var utcMinutes = (((hour * 60) + minute - ((offsetHours * 60) + offsetMinutes)) % 1440 + 1440) % 1440;
            return utcMinutes == (23 * 60) + 59;
        }

        return true;
    }

    public static bool IsDuration(string value) => DurationPattern().IsMatch(value);

    private static int Number(Group group) => int.Parse(group.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^([0-9]{4})-([0-9]{2})-([0-9]{2})\\z")]
    private static partial Regex DatePattern();

    [GeneratedRegex("^([0-9]{2}):([0-9]{2}):([0-9]{2})(\\.[0-9]+)?(?:[Zz]|([+-])([0-9]{2}):([0-9]{2}))\\z")]
    private static partial Regex TimePattern();

    // RFC 3339 appendix A: Y [M [D]], M [D] or D; then T with H [M [S]], M [S] or S; or weeks alone.
    [GeneratedRegex("^P(?:(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|[0-9]+W)\\z")]
    private static partial Regex DurationPattern();
}
