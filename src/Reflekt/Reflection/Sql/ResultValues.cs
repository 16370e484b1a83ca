using System.Globalization;

namespace Reflekt.Reflection.Sql;

/// <summary>Reads the loosely typed values drivers return (numbers as long/decimal/string, times as text or DateTime).</summary>
internal static class ResultValues
{
    public static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    public static long Long(object? value) => value switch
    {
        null => 0,
        string s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    public static int? NullableInt(object? value) => value is null ? null : (int)Long(value);

    // Warehouse timestamps without a zone are UTC by the loaders' convention (received_at is server time).
    public static DateTimeOffset? Timestamp(object? value) => value switch
    {
        null => null,
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        string s when EpochSeconds(s) is { } seconds => DateTimeOffset.UnixEpoch.AddSeconds(seconds),
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new FormatException($"not a timestamp: {value}"),
    };

    public static DateOnly Day(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.UtcDateTime),
        // Snowflake's SQL API sends a DATE as days since the epoch.
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) => DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + (int)days),
        string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
        _ => throw new FormatException($"not a date: {value}"),
    };

    // REST warehouses send timestamps as epoch seconds: BigQuery "1.7304552E9", Snowflake "1730455200.000000000 1440"
    // (the second token is the TIMESTAMP_TZ offset in minutes + 1440, which does not move the instant).
    private static double? EpochSeconds(string text)
    {
        var first = text.Split(' ', 2)[0];
        return first.Contains('-', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal)
            || !double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? null
            : seconds;
    }
}
