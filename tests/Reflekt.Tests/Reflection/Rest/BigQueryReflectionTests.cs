using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Reflekt.Projects.Profiles;
using Reflekt.Reflection;
using Reflekt.Reflection.Sql;
using Reflekt.Tests.Warehouses.StandIns;
using Reflekt.Warehouses;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Sql;
using static Reflekt.Tests.Reflection.Rest.RestReflection;

namespace Reflekt.Tests.Reflection.Rest;

/// <summary>A reflection end to end through the BigQuery adapter against the REST stand-in (jobs.query, paged results).</summary>
/// <remarks>
/// BigQuery sends rows as <c>{"f":[{"v":…}]}</c> with every scalar a string: INT64 as digits, DATE as
/// <c>yyyy-MM-dd</c>, TIMESTAMP as epoch seconds in E notation (<c>"1.7934372005E9"</c>).
/// </remarks>
public sealed partial class BigQueryReflectionTests : IAsyncLifetime
{
    private static readonly (string, string)[] CatalogColumns =
        [("table_name", "STRING"), ("column_name", "STRING"), ("data_type", "STRING"), ("ordinal_position", "INTEGER"), ("numeric_scale", "INTEGER")];

    private static readonly (string, string)[] AggregateColumns =
        [("received_day", "DATE"), ("schema_id", "STRING"), ("row_count", "INTEGER"), ("first_seen", "TIMESTAMP"), ("valid_through", "TIMESTAMP")];

    private readonly RSA _key = RSA.Create(2048);
    private BigQueryStandIn _standIn = null!;

    public async ValueTask InitializeAsync()
    {
        _standIn = new BigQueryStandIn
        {
            PublicKey = _key, ClientEmail = "reflekt@my-project.iam.gserviceaccount.com", PrivateKeyId = "key-1", Answer = Respond,
        };
        await _standIn.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Reflection_through_jobs_query_parses_f_v_rows_and_epoch_timestamps()
    {
        await using var warehouse = new BigQueryWarehouse(Source());
        var connection = WarehouseReflectionConnection.For(warehouse, "my-project");

        var (reflection, reports) = await RunAsync(connection, new SourceAddress("bq", "my-project", "segment_events"));

        AssertFindings(reflection, reports);
        Assert.Equal(
            [
                ("id", "STRING", NormalizedType.String, 1), ("received_at", "TIMESTAMP", NormalizedType.Timestamp, 2),
                ("schema_id", "STRING", NormalizedType.String, 3), ("order_id", "STRING", NormalizedType.String, 4),
                ("revenue", "FLOAT64", NormalizedType.Number, 5), ("legacy_flag", "BOOL", NormalizedType.Boolean, 6),
            ],
            reflection.Claimed["order_completed"].Columns.Select(c => (c.Name, c.RawType, c.NormalizedType, c.Ordinal)));
        Assert.Equal(
            [("id", NormalizedType.String), ("received_at", NormalizedType.Timestamp), ("cart_id", NormalizedType.Integer)],
            reflection.Claimed["cart_viewed"].Columns.Select(c => (c.Name, c.NormalizedType)));

        // One catalog query plus one aggregate per existing claimed table; the project is back-quoted everywhere.
        Assert.Equal(3, connection.QueriesSent);
        var queries = _standIn.Queries.ToList();
        Assert.Equal(3, queries.Count);
        Assert.Contains("FROM `my-project`.segment_events.INFORMATION_SCHEMA.COLUMNS AS c", queries[0]);
        Assert.Contains("JOIN `my-project`.segment_events.INFORMATION_SCHEMA.TABLES AS t", queries[0]);
        var orderSql = Assert.Single(queries, q => q.Contains("FROM `my-project`.segment_events.order_completed\n", StringComparison.Ordinal));
        Assert.Contains("SELECT DATE(received_at) AS received_day, schema_id AS schema_id, COUNT(*) AS row_count", orderSql);
        Assert.Contains("WHERE received_at >= TIMESTAMP '2026-10-03 00:00:00'", orderSql);
        Assert.Contains("GROUP BY DATE(received_at), schema_id", orderSql);
        var cartSql = Assert.Single(queries, q => q.Contains("FROM `my-project`.segment_events.cart_viewed\n", StringComparison.Ordinal));
        Assert.Contains("NULL AS schema_id", cartSql);

        // One service-account token, then that bearer token on every jobs request (query + polls + pages).
        Assert.Equal(1, _standIn.TokenRequests);
        Assert.True(_standIn.Authorizations.Count >= 6, $"{_standIn.Authorizations.Count} authorised requests");
        Assert.Single(_standIn.Authorizations.Distinct());
        Assert.StartsWith("Bearer ya29.standin-", _standIn.Authorizations[0]);
    }

    [Fact]
    public async Task A_quiet_tables_latest_event_is_read_in_the_rest_format()
    {
        await using var warehouse = new BigQueryWarehouse(Source());
        var connection = WarehouseReflectionConnection.For(warehouse, "my-project");
        var reflector = new WarehouseReflector(connection, new ReflectionSettings { Retries = 0 });
        ReflectedColumn[] columns = [new("id", "STRING", NormalizedType.String, 1), new("received_at", "TIMESTAMP", NormalizedType.Timestamp, 2)];

        var outcome = await reflector.ReflectTableAsync(new SourceAddress("bq", "my-project", "segment_events"), "checkout_started", columns,
            DateOnly.FromDateTime(At.UtcDateTime), null, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Observed!.DayCounts);
        Assert.Equal(Utc(Aug1At1000), outcome.Observed.ValidThrough);
    }

    private static CannedResult? Respond(string sql)
    {
        if (sql.Contains(".INFORMATION_SCHEMA.COLUMNS AS c", StringComparison.Ordinal))
        {
            return new CannedResult(CatalogColumns,
            [
                ["cart_viewed", "id", "STRING", "1", null],
                ["cart_viewed", "received_at", "TIMESTAMP", "2", null],
                ["cart_viewed", "cart_id", "INT64", "3", null],
                ["mystery_event", "id", "STRING", "1", null],
                ["mystery_event", "received_at", "TIMESTAMP", "2", null],
                ["order_completed", "id", "STRING", "1", null],
                ["order_completed", "received_at", "TIMESTAMP", "2", null],
                ["order_completed", "schema_id", "STRING", "3", null],
                ["order_completed", "order_id", "STRING", "4", null],
                ["order_completed", "revenue", "FLOAT64", "5", null],
                ["order_completed", "legacy_flag", "BOOL", "6", null],
                ["tracks", "id", "STRING", "1", null],
                ["tracks", "received_at", "TIMESTAMP", "2", null],
                ["tracks", "event", "STRING", "3", null],
            ]);
        }

        if (sql == "SELECT MAX(received_at) AS valid_through FROM `my-project`.segment_events.checkout_started")
        {
            return new CannedResult([("valid_through", "TIMESTAMP")], [["1.7855784E9"]]);
        }

        return AggregateTable().Match(sql).Groups[1].Value switch
        {
            "order_completed" => new CannedResult(AggregateColumns,
            [
                ["2026-10-31", OrderV1, "2", "1.7934372005E9", "1.7934426E9"],
                ["2026-11-01", null, "1", "1.79352E9", "1.79352E9"],
                ["2026-11-01", OrderV1, "1", "1.79352E9", "1.79352E9"],
                ["2026-11-01", OrderV2, "3", "1.7935272E9", "1.79353170025E9"],
            ]),
            "cart_viewed" => new CannedResult(AggregateColumns, [["2026-11-01", null, "2", "1.7935272E9", "1.7935317E9"]]),
            "checkout_started" => new CannedResult(AggregateColumns, []),
            _ => null,
        };
    }

    private BigQuerySource Source() => new()
    {
        Id = "bq",
        Project = "my-project",
        EndpointUrl = _standIn.BaseUri.ToString(),
        Keyfile = new BigQueryKeyfile(
            "service_account", "my-project", "key-1", new Secret(_key.ExportPkcs8PrivateKeyPem()), _standIn.ClientEmail, "1234",
            "https://accounts.google.com/o/oauth2/auth", _standIn.TokenUri, "https://www.googleapis.com/oauth2/v1/certs", "https://example.invalid/cert"),
    };

    [GeneratedRegex(@"\nFROM `my-project`\.segment_events\.([a-z_]+)\n")]
    private static partial Regex AggregateTable();
}
