using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Formats;

/// <summary>
/// RFC 3339 date-time, full-date, full-time (leap seconds only at 23:59:60 UTC) and ISO 8601 durations. The first
/// three read UTF-8 bytes with no Regex and no allocation: they are on every event's hot path.
/// </summary>
internal static partial class DateTimeFormats
{
    public static bool IsDateTime(string value) => Utf8Formats.Check(value, IsDateTime);

    public static bool IsDate(string value) => Utf8Formats.Check(value, IsDate);

    public static bool IsTime(string value) => Utf8Formats.Check(value, IsTime);

    public static bool IsDateTime(ReadOnlySpan<byte> value) =>
        value.Length > 11 && value[10] is (byte)'T' or (byte)'t' && IsDate(value[..10]) && IsTime(value[11..]);

    /// <summary>full-date: YYYY-MM-DD, a day that exists in that month (29 February only in leap years).</summary>
    public static bool IsDate(ReadOnlySpan<byte> value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(Math.Max(year, 1), month);
    }

    /// <summary>full-time: HH:MM:SS[.fraction] then Z or ±HH:MM.</summary>
    public static bool IsTime(ReadOnlySpan<byte> value)
    {
        if (value.Length < 9 || value[2] != ':' || value[5] != ':'
            || !TryDigits(value[..2], out var hour) || !TryDigits(value.Slice(3, 2), out var minute) || !TryDigits(value.Slice(6, 2), out var second))
        {
            return false;
        }

        var rest = value[8..];
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit((char)rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        var offsetMinutes = 0;
        if (rest.Length == 1 && rest[0] is (byte)'Z' or (byte)'z')
        {
            // UTC
        }
        else if (rest.Length == 6 && rest[0] is (byte)'+' or (byte)'-' && rest[3] == ':'
                 && TryDigits(rest.Slice(1, 2), out var offsetHour) && TryDigits(rest.Slice(4, 2), out var offsetMinute))
        {
            if (offsetHour > 23 || offsetMinute > 59)
            {
                return false;
            }

            offsetMinutes = (rest[0] == '-' ? -1 : 1) * ((offsetHour * 60) + offsetMinute);
        }
        else
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        if (second == 60)
        {
            // A leap second exists only at 23:59:60 UTC.
            var utcMinutes = ((((hour * 60) + minute - offsetMinutes) % 1440) + 1440) % 1440;
            return utcMinutes == (23 * 60) + 59;
        }

        return true;
    }

    public static bool IsDuration(string value) => DurationPattern().IsMatch(value);

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    // RFC 3339 appendix A: Y [M [D]], M [D] or D; then T with H [M [S]], M [S] or S; or weeks alone.
    [GeneratedRegex("^P(?:(?:[0-9]+D|[0-9]+M(?:[0-9]+D)?|[0-9]+Y(?:[0-9]+M(?:[0-9]+D)?)?)(?:T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S))?|T(?:[0-9]+H(?:[0-9]+M(?:[0-9]+S)?)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)|[0-9]+W)\\z")]
    private static partial Regex DurationPattern();
}
