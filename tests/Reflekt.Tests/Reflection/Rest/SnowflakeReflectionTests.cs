using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Reflekt.Projects.Profiles;
using Reflekt.Reflection;
using Reflekt.Reflection.Sql;
using Reflekt.Tests.Warehouses.StandIns;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;
using static Reflekt.Tests.Reflection.Rest.RestReflection;

namespace Reflekt.Tests.Reflection.Rest;

/// <summary>A reflection end to end through the Snowflake adapter against the SQL API v2 stand-in.</summary>
/// <remarks>
/// Snowflake sends every cell as a string: DATE as days since the epoch, TIMESTAMP_TZ as
/// "seconds.fraction offset" (offset in minutes + 1440), TIMESTAMP_NTZ as "seconds.fraction", NUMBER as digits.
/// </remarks>
public sealed partial class SnowflakeReflectionTests : IAsyncLifetime
{
    private static readonly (string, string)[] CatalogColumns =
        [("TABLE_NAME", "text"), ("COLUMN_NAME", "text"), ("DATA_TYPE", "text"), ("ORDINAL_POSITION", "fixed"), ("NUMERIC_SCALE", "fixed")];

    private static readonly (string, string)[] AggregateColumns =
        [("RECEIVED_DAY", "date"), ("SCHEMA_ID", "text"), ("ROW_COUNT", "fixed"), ("FIRST_SEEN", "timestamp_tz"), ("VALID_THROUGH", "timestamp_tz")];

    private readonly RSA _key = RSA.Create(2048);
    private SnowflakeStandIn _standIn = null!;

    public async ValueTask InitializeAsync()
    {
        _standIn = new SnowflakeStandIn { PublicKey = _key, Account = "xy12345", User = "reflekt_ci", Answer = Respond };
        await _standIn.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Reflection_through_the_sql_api_parses_strings_epoch_timestamps_and_day_numbers()
    {
        await using var warehouse = new SnowflakeWarehouse(Source());
        var connection = WarehouseReflectionConnection.For(warehouse, "raw");

        var (reflection, reports) = await RunAsync(connection, new SourceAddress("sf", "raw", "segment_events"));

        AssertFindings(reflection, reports);
        var order = reflection.Claimed["order_completed"];
        Assert.Equal(
            [
                ("ID", "TEXT", NormalizedType.String, 1), ("RECEIVED_AT", "TIMESTAMP_TZ", NormalizedType.Timestamp, 2),
                ("SCHEMA_ID", "TEXT", NormalizedType.String, 3), ("ORDER_ID", "TEXT", NormalizedType.String, 4),
                ("REVENUE", "NUMBER", NormalizedType.Number, 5), ("LEGACY_FLAG", "BOOLEAN", NormalizedType.Boolean, 6),
            ],
            order.Columns.Select(c => (c.Name, c.RawType, c.NormalizedType, c.Ordinal)));
        Assert.Equal(
            [("ID", NormalizedType.String), ("RECEIVED_AT", NormalizedType.Timestamp), ("CART_ID", NormalizedType.Integer)],
            reflection.Claimed["cart_viewed"].Columns.Select(c => (c.Name, c.NormalizedType)));

        // One catalog statement plus one aggregate per existing claimed table; unclaimed tables cost nothing.
        Assert.Equal(3, connection.QueriesSent);
        var statements = _standIn.Statements.ToList();
        Assert.Equal(3, statements.Count);
        Assert.Contains("FROM raw.information_schema.columns AS c", statements[0]);
        Assert.Contains("WHERE c.table_schema = UPPER('segment_events') AND t.table_type = 'BASE TABLE'", statements[0]);
        var orderSql = Assert.Single(statements, s => s.Contains("FROM raw.segment_events.order_completed\n", StringComparison.Ordinal));
        Assert.Contains("SELECT TO_DATE(received_at) AS received_day, schema_id AS schema_id, COUNT(*) AS row_count", orderSql);
        Assert.Contains("WHERE received_at >= TIMESTAMP '2026-10-03 00:00:00'", orderSql);
        Assert.Contains("GROUP BY TO_DATE(received_at), schema_id", orderSql);
        var cartSql = Assert.Single(statements, s => s.Contains("FROM raw.segment_events.cart_viewed\n", StringComparison.Ordinal));
        Assert.Contains("NULL AS schema_id", cartSql);
        Assert.DoesNotContain(statements, s => s.Contains("product_added", StringComparison.OrdinalIgnoreCase) || s.Contains("mystery", StringComparison.OrdinalIgnoreCase));

        // Every request carried the key-pair JWT the stand-in verified.
        Assert.NotEmpty(_standIn.Authorizations);
        Assert.All(_standIn.Authorizations, h => Assert.StartsWith("Bearer ey", h));
    }

    [Fact]
    public async Task A_database_name_that_needs_quotes_is_quoted_in_both_queries()
    {
        await using var warehouse = new SnowflakeWarehouse(Source() with { Database = "RAW-EU" });
        var connection = WarehouseReflectionConnection.For(warehouse, "raw-eu");

        var (reflection, _) = await RunAsync(connection, new SourceAddress("sf", "raw-eu", "segment_events"));

        Assert.Null(reflection.Claimed["order_completed"].LastError);
        Assert.Contains("FROM \"RAW-EU\".information_schema.columns AS c", _standIn.Statements[0]);
        Assert.Contains(_standIn.Statements, s => s.Contains("FROM \"RAW-EU\".segment_events.order_completed\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quiet_tables_latest_event_is_read_in_the_sql_api_format()
    {
        await using var warehouse = new SnowflakeWarehouse(Source());
        var connection = WarehouseReflectionConnection.For(warehouse, "raw");
        var reflector = new WarehouseReflector(connection, new ReflectionSettings { Retries = 0 });
        ReflectedColumn[] columns = [new("ID", "TEXT", NormalizedType.String, 1), new("RECEIVED_AT", "TIMESTAMP_TZ", NormalizedType.Timestamp, 2)];

        var outcome = await reflector.ReflectTableAsync(new SourceAddress("sf", "raw", "segment_events"), "CHECKOUT_STARTED", columns,
            DateOnly.FromDateTime(At.UtcDateTime), null, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Observed!.DayCounts);
        Assert.Equal(Utc(Aug1At1000), outcome.Observed.ValidThrough);
        Assert.Equal("SELECT MAX(received_at) AS valid_through FROM raw.segment_events.checkout_started", _standIn.Statements[^1]);
    }

    private static CannedResult? Respond(string statement)
    {
        if (statement.Contains(".information_schema.columns AS c", StringComparison.Ordinal))
        {
            return new CannedResult(CatalogColumns,
            [
                ["CART_VIEWED", "ID", "TEXT", "1", null],
                ["CART_VIEWED", "RECEIVED_AT", "TIMESTAMP_NTZ", "2", null],
                ["CART_VIEWED", "CART_ID", "NUMBER", "3", "0"],
                ["MYSTERY_EVENT", "ID", "TEXT", "1", null],
                ["MYSTERY_EVENT", "RECEIVED_AT", "TIMESTAMP_TZ", "2", null],
                ["ORDER_COMPLETED", "ID", "TEXT", "1", null],
                ["ORDER_COMPLETED", "RECEIVED_AT", "TIMESTAMP_TZ", "2", null],
                ["ORDER_COMPLETED", "SCHEMA_ID", "TEXT", "3", null],
                ["ORDER_COMPLETED", "ORDER_ID", "TEXT", "4", null],
                ["ORDER_COMPLETED", "REVENUE", "NUMBER", "5", "2"],
                ["ORDER_COMPLETED", "LEGACY_FLAG", "BOOLEAN", "6", null],
                ["TRACKS", "ID", "TEXT", "1", null],
                ["TRACKS", "RECEIVED_AT", "TIMESTAMP_TZ", "2", null],
                ["TRACKS", "EVENT", "TEXT", "3", null],
            ]);
        }

        if (LatestEventTable().Match(statement) is { Success: true } latest)
        {
            return latest.Groups[1].Value == "checkout_started"
                ? new CannedResult([("VALID_THROUGH", "timestamp_tz")], [[$"{Aug1At1000}.000000000 1440"]])
                : null;
        }

        // The UTC offset (+01:00 → 1500) does not move the instant.
        return AggregateTable().Match(statement).Groups[1].Value switch
        {
            "order_completed" => new CannedResult(AggregateColumns,
            [
                [Oct31, OrderV1, "2", $"{Oct31At0900}.500000000 1500", $"{Oct31At1030}.000000000 1500"],
                [Nov1, null, "1", $"{Nov1At0800}.000000000 1440", $"{Nov1At0800}.000000000 1440"],
                [Nov1, OrderV1, "1", $"{Nov1At0800}.000000000 1440", $"{Nov1At0800}.000000000 1440"],
                [Nov1, OrderV2, "3", $"{Nov1At1000}.000000000 1440", $"{Nov1At1115}.250000000 1440"],
            ]),
            "cart_viewed" => new CannedResult(
                [.. AggregateColumns.Take(3), ("FIRST_SEEN", "timestamp_ntz"), ("VALID_THROUGH", "timestamp_ntz")],
                [[Nov1, null, "2", $"{Nov1At1000}.000000000", $"{Nov1At1115}.000000000"]]),
            "checkout_started" => new CannedResult(AggregateColumns, []),
            _ => null,
        };
    }

    private SnowflakeSource Source() => new()
    {
        Id = "sf",
        Account = "xy12345.eu-west-1",
        Database = "RAW",
        User = "reflekt_ci",
        Warehouse = "TRANSFORMING",
        Role = "REPORTER",
        PrivateKey = new Secret(_key.ExportPkcs8PrivateKeyPem()),
        EndpointUrl = _standIn.BaseUri.ToString(),
    };

    [GeneratedRegex(@"\nFROM (?:""[^""]+""|[a-z_-]+)\.segment_events\.([a-z_]+)\n")]
    private static partial Regex AggregateTable();

    [GeneratedRegex(@"^SELECT MAX\(received_at\) AS valid_through FROM [a-z_-]+\.segment_events\.([a-z_]+)$")]
    private static partial Regex LatestEventTable();
}
