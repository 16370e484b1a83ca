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
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new FormatException($"not a timestamp: {value}"),
    };

    public static DateOnly Day(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        DateTimeOffset dto => DateOnly.FromDateTime(dto.UtcDateTime),
        string s => DateOnly.FromDateTime(DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
        _ => throw new FormatException($"not a date: {value}"),
    };
}
