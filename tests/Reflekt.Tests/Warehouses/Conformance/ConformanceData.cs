using System.Globalization;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>
/// The conformance suite's source: two Segment-shaped tables (one with <c>schema_id</c>) and a view over one of them,
/// which the catalog must not list. Timestamps are UTC.
/// </summary>
internal static class ConformanceData
{
    public sealed record Column(string Name, NormalizedType Type);

    public sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<object?[]> Rows);

    public const string View = "order_completed_view";

    public static readonly DateOnly Today = new(2026, 12, 1);

    public static IReadOnlyList<Table> Tables { get; } =
    [
        new("cart_viewed",
            [new("id", NormalizedType.String), new("received_at", NormalizedType.Timestamp), new("cart_id", NormalizedType.Integer)],
            [["c1", At("2026-12-01 08:00:00"), 42L]]),
        new("order_completed",
            [
                new("id", NormalizedType.String), new("received_at", NormalizedType.Timestamp), new("order_id", NormalizedType.String),
                new("revenue", NormalizedType.Number), new("schema_id", NormalizedType.String),
            ],
            [
                ["1", At("2026-11-30 10:00:00"), "o1", 10.5, "a/1-0.json"],
                ["2", At("2026-11-30 11:00:00"), "o2", 3.0, "a/1-0.json"],
                ["3", At("2026-12-01 09:30:00"), "o3", 7.25, "a/2-0.json"],
            ]),
    ];

    public static IReadOnlyList<(DateOnly, long)> OrderDayCounts { get; } = [(new DateOnly(2026, 11, 30), 2), (new DateOnly(2026, 12, 1), 1)];

    public static IReadOnlyList<(string?, long)> OrderSchemaIdCounts { get; } = [("a/1-0.json", 2), ("a/2-0.json", 1)];

    public static readonly DateTimeOffset OrderValidThrough = At("2026-12-01 09:30:00");

    /// <summary>Statements that create and fill the tables and the view, for warehouses loaded with SQL.</summary>
    /// <param name="dialect">How names, literals and types are spelled.</param>
    /// <param name="relation">The qualified name of a table in the conformance schema.</param>
    /// <param name="types">The warehouse's column type for a normalised type.</param>
    public static IEnumerable<string> Sql(SqlDialect dialect, Func<string, string> relation, Func<NormalizedType, string> types)
    {
        foreach (var table in Tables)
        {
            yield return $"create table {relation(table.Name)} ({string.Join(", ", table.Columns.Select(c => $"{dialect.Identifier(c.Name)} {types(c.Type)}"))})";
            foreach (var row in table.Rows)
            {
                yield return $"insert into {relation(table.Name)} values ({string.Join(", ", row.Select(v => Literal(dialect, v)))})";
            }
        }

        yield return $"create view {relation(View)} as select * from {relation("order_completed")}";
    }

    private static string Literal(SqlDialect dialect, object? value) => value switch
    {
        null => "null",
        string s => dialect.StringLiteral(s),
        DateTimeOffset t => dialect.StringLiteral(t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"no literal for {value.GetType()}"),
    };

    private static DateTimeOffset At(string utc) =>
        DateTimeOffset.ParseExact(utc, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
