using System.Globalization;
using System.Text.RegularExpressions;
using Reflekt.Tests.Warehouses.StandIns;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>
/// The REST stand-ins play the warehouse for <see cref="ConformanceData"/>: the catalog comes from their column
/// lists, and the reflection aggregate (rows, first and last <c>received_at</c> per day and <c>schema_id</c>) is
/// computed here from the same rows and sent in each API's wire format (contracts §8.1, §8.2).
/// </summary>
internal static partial class RestAnswers
{
    public sealed record Group(DateOnly Day, string? SchemaId, long Rows, DateTimeOffset First, DateTimeOffset Last);

    /// <summary>The aggregate a reflection asks of <paramref name="table"/>, grouped as the reflection SQL groups it.</summary>
    public static IReadOnlyList<Group> Aggregate(string table)
    {
        var data = ConformanceData.Tables.Single(t => t.Name == table);
        var at = data.Columns.Select(c => c.Name).ToList().IndexOf("received_at");
        var schemaId = data.Columns.Select(c => c.Name).ToList().IndexOf("schema_id");
        return [.. data.Rows
            .GroupBy(r => (Day: DateOnly.FromDateTime(((DateTimeOffset)r[at]!).UtcDateTime), SchemaId: schemaId < 0 ? null : (string?)r[schemaId]))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.SchemaId, StringComparer.Ordinal)
            .Select(g => new Group(g.Key.Day, g.Key.SchemaId, g.Count(), g.Min(r => (DateTimeOffset)r[at]!), g.Max(r => (DateTimeOffset)r[at]!)))];
    }

    /// <summary>Snowflake SQL API: DATE as days since the epoch, TIMESTAMP_TZ as "seconds.nanos offset+1440".</summary>
    public static CannedResult? Snowflake(string statement)
    {
        if (AggregateFrom().Match(statement) is not { Success: true } m)
        {
            return null;
        }

        return new CannedResult(
            [("RECEIVED_DAY", "date"), ("SCHEMA_ID", "text"), ("ROW_COUNT", "fixed"), ("FIRST_SEEN", "timestamp_tz"), ("VALID_THROUGH", "timestamp_tz")],
            [.. Aggregate(m.Groups[1].Value.ToLowerInvariant()).Select(g => new string?[]
            {
                (g.Day.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber).ToString(CultureInfo.InvariantCulture),
                g.SchemaId,
                g.Rows.ToString(CultureInfo.InvariantCulture),
                $"{g.First.ToUnixTimeSeconds()}.000000000 1440",
                $"{g.Last.ToUnixTimeSeconds()}.000000000 1440",
            })]);
    }

    /// <summary>BigQuery REST: DATE as yyyy-MM-dd, TIMESTAMP as epoch seconds in E notation ("1.7934372E9").</summary>
    public static CannedResult? BigQuery(string sql)
    {
        if (AggregateFrom().Match(sql) is not { Success: true } m)
        {
            return null;
        }

        return new CannedResult(
            [("received_day", "DATE"), ("schema_id", "STRING"), ("row_count", "INTEGER"), ("first_seen", "TIMESTAMP"), ("valid_through", "TIMESTAMP")],
            [.. Aggregate(m.Groups[1].Value.ToLowerInvariant()).Select(g => new string?[]
            {
                g.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                g.SchemaId,
                g.Rows.ToString(CultureInfo.InvariantCulture),
                ENotation(g.First.ToUnixTimeSeconds()),
                ENotation(g.Last.ToUnixTimeSeconds()),
            })]);
    }

    private static string ENotation(long seconds) => (seconds / 1e9).ToString("R", CultureInfo.InvariantCulture) + "E9";

    // The reflection aggregate's FROM line: database (quoted or not), the conformance schema, the table.
    [GeneratedRegex(@"\nFROM (?:`[^`]+`|""[^""]+""|[A-Za-z_-]+)\.segment\.([A-Za-z_]+)\n", RegexOptions.IgnoreCase)]
    private static partial Regex AggregateFrom();
}
