using Reflekt.Reflection.Sql;

namespace Reflekt.Tests.Reflection.Sql;

/// <summary>Driver and REST result cells (ADO.NET values, Snowflake SQL API and BigQuery strings) read the same.</summary>
public sealed class ResultValuesTests
{
    private static readonly DateTimeOffset Expected = new(2024, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-11-01 10:00:00")]
    [InlineData("2024-11-01T10:00:00Z")]
    [InlineData("2024-11-01 12:00:00+02:00")]
    [InlineData("1730455200")]
    [InlineData("1.7304552E9")]
    [InlineData("1730455200.000000000 1560")]
    public void Timestamps_from_text_epoch_seconds_and_snowflake_tz_pairs(string cell) =>
        Assert.Equal(Expected, ResultValues.Timestamp(cell));

    [Fact]
    public void Timestamps_from_driver_values_are_utc()
    {
        Assert.Equal(Expected, ResultValues.Timestamp(new DateTime(2024, 11, 1, 10, 0, 0, DateTimeKind.Unspecified)));
        Assert.Equal(Expected, ResultValues.Timestamp(Expected.ToOffset(TimeSpan.FromHours(3))));
        Assert.Null(ResultValues.Timestamp(null));
    }

    [Theory]
    [InlineData("2024-11-01")]
    [InlineData("20028")]
    public void Days_from_iso_text_and_snowflake_epoch_days(string cell) =>
        Assert.Equal(new DateOnly(2024, 11, 1), ResultValues.Day(cell));

    [Fact]
    public void Counts_from_strings_and_numbers()
    {
        Assert.Equal(42, ResultValues.Long("42"));
        Assert.Equal(42, ResultValues.Long(42m));
        Assert.Equal(0, ResultValues.Long(null));
        Assert.Throws<FormatException>(() => ResultValues.Day("not a date"));
    }
}
