using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses;
using System.Security.Cryptography;
using Reflekt.Dbt;
using Reflekt.Projects.Profiles;
using Reflekt.Tests.Dbt;
using Reflekt.Tests.Warehouses.StandIns;
using Reflekt.Testing;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.BigQuery;

public sealed class BigQueryWarehouseTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private BigQueryStandIn _standIn = null!;

    public async ValueTask InitializeAsync()
    {
        _standIn = new BigQueryStandIn { PublicKey = _key, ClientEmail = "reflekt@my-project.iam.gserviceaccount.com", PrivateKeyId = "key-1" };
        foreach (var (table, columns) in JaffleShopFixture.GoldenRawColumns())
        {
            _standIn.Columns.AddRange(columns.Select(c => ("my-project", "jaffle_shop_segment", table, c, "STRING")));
        }

        await _standIn.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Service_account_snapshot_builds_golden_bigquery_sql()
    {
        await using var warehouse = new BigQueryWarehouse(Source(_key));

        var catalog = await WarehouseCatalog.SnapshotAsync(warehouse, new SourceAddress("bq", "my-project", "jaffle_shop_segment"), TestContext.Current.CancellationToken);
        var request = JaffleShopFixture.Request(BigQuerySqlDialect.Instance) with { Source = new SourceAddress("bq", "my-project", "jaffle_shop_segment"), WarehouseType = "bigquery" };
        var result = DbtPackageBuilder.Build(JaffleShopFixture.Schemas(), request, catalog);

        Assert.Equal(1, _standIn.TokenRequests);
        Assert.Contains("FROM `my-project`.jaffle_shop_segment.INFORMATION_SCHEMA.COLUMNS AS c", Assert.Single(_standIn.Queries));
        Assert.Contains("t.table_type = 'BASE TABLE'", _standIn.Queries[0]);
        Assert.Equal(11, catalog.Tables.Count);
        JaffleShopFixture.AssertOnlyMissingColumns(result.Warnings);
        foreach (var model in new[] { "order_completed", "pages", "tracks" })
        {
            var name = $"stg_jaffle_shop_segment__{model}.sql";
            Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Warehouses", "BigQuery", "Golden", name), result.Package.Files[$"models/jaffle_shop_segment/{name}"]);
        }

        Assert.DoesNotContain(result.Package.Files, f => f.Key.EndsWith(".sql", StringComparison.Ordinal) && f.Value.Contains("::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ping_runs_select_1()
    {
        await using var warehouse = new BigQueryWarehouse(Source(_key));
        await warehouse.PingAsync(TestContext.Current.CancellationToken);
        Assert.Equal("select 1", Assert.Single(_standIn.Queries));
    }

    [Fact]
    public async Task A_key_google_does_not_know_is_one_line()
    {
        using var other = RSA.Create(2048);
        await using var warehouse = new BigQueryWarehouse(Source(other));

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("BigQuery source 'bq' (my-project) token endpoint answered 400 Bad Request to POST ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": Invalid JWT Signature.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_dataset_is_one_line()
    {
        await using var warehouse = new BigQueryWarehouse(Source(_key));

        var error = await Assert.ThrowsAsync<ReflektException>(() => WarehouseCatalog.SnapshotAsync(warehouse, new SourceAddress("bq", "my-project", "nope"), TestContext.Current.CancellationToken));

        Assert.StartsWith("BigQuery source 'bq' (my-project) answered 404 Not Found to ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": Not found: Dataset my-project:nope was not found in location US", error.Message, StringComparison.Ordinal);
    }

    private BigQuerySource Source(RSA key) => new()
    {
        Id = "bq",
        Project = "my-project",
        EndpointUrl = _standIn.BaseUri.ToString(),
        Keyfile = new BigQueryKeyfile(
            "service_account", "my-project", "key-1", new Secret(key.ExportPkcs8PrivateKeyPem()), _standIn.ClientEmail, "1234",
            "https://accounts.google.com/o/oauth2/auth", _standIn.TokenUri, "https://www.googleapis.com/oauth2/v1/certs", "https://example.invalid/cert"),
    };
}
