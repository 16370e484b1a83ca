using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses;
using System.Security.Cryptography;
using Reflekt.Dbt;
using Reflekt.Projects.Profiles;
using Reflekt.Tests.Dbt;
using Reflekt.Tests.Warehouses.StandIns;
using Reflekt.Warehouses.Snowflake;

namespace Reflekt.Tests.Warehouses.Snowflake;

public sealed class SnowflakeWarehouseTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private SnowflakeStandIn _standIn = null!;

    public async ValueTask InitializeAsync()
    {
        _standIn = new SnowflakeStandIn { PublicKey = _key, Account = "xy12345", User = "reflekt_ci" };
        foreach (var (table, columns) in JaffleShopFixture.GoldenRawColumns())
        {
            _standIn.Columns.AddRange(columns.Select(c => ("JAFFLE_SHOP_SEGMENT", table.ToUpperInvariant(), c.ToUpperInvariant(), "TEXT")));
        }

        _standIn.Columns.Add(("OTHER_SCHEMA", "ORDER_COMPLETED", "SECRET", "TEXT"));
        await _standIn.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _standIn.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Key_pair_snapshot_builds_upstreams_golden_package()
    {
        await using var warehouse = new SnowflakeWarehouse(Source(privateKey: _key.ExportPkcs8PrivateKeyPem()));

        var catalog = await WarehouseCatalog.SnapshotAsync(warehouse, new SourceAddress("sf", "raw", "jaffle_shop_segment"), TestContext.Current.CancellationToken);
        var result = DbtPackageBuilder.Build(JaffleShopFixture.Schemas(), JaffleShopFixture.Request(), catalog);

        // One statement for the whole schema (202, then polled), one partition fetched: round trips do not grow with events.
        Assert.Equal(1, _standIn.StatementPosts);
        Assert.Contains("FROM raw.information_schema.columns AS c", Assert.Single(_standIn.Statements));
        Assert.Contains("t.table_type = 'BASE TABLE'", _standIn.Statements[0]);
        Assert.Equal(11, catalog.Tables.Count);
        JaffleShopFixture.AssertOnlyMissingColumns(result.Warnings);
        foreach (var file in Directory.EnumerateFiles(JaffleShopFixture.GoldenDir, "*.sql", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(JaffleShopFixture.GoldenDir, file).Replace('\\', '/');
            Assert.Equal(JaffleShopGoldenTests.Expected(path, File.ReadAllText(file)), result.Package.Files[path]);
        }
    }

    [Fact]
    public async Task OAuth_token_pings()
    {
        await using var warehouse = new SnowflakeWarehouse(Source(token: "oauth-token-ok"));
        await warehouse.PingAsync(TestContext.Current.CancellationToken);
        Assert.Equal("select 1", Assert.Single(_standIn.Statements));
    }

    [Fact]
    public async Task A_key_snowflake_does_not_know_is_rejected_in_one_line()
    {
        using var other = RSA.Create(2048);
        await using var warehouse = new SnowflakeWarehouse(Source(privateKey: other.ExportPkcs8PrivateKeyPem()));

        var error = await Assert.ThrowsAsync<ReflektException>(() => WarehouseCatalog.SnapshotAsync(warehouse, new SourceAddress("sf", "raw", "jaffle_shop_segment"), TestContext.Current.CancellationToken));

        Assert.StartsWith("Snowflake source 'sf' (127.0.0.1) answered 401 Unauthorized to POST ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": JWT token is invalid.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_only_profiles_are_refused_up_front()
    {
        var source = Source() with { Password = new Secret("hunter2") };
        var error = Assert.Throws<ReflektException>(() => new SnowflakeWarehouse(source));
        Assert.Contains("password auth is not supported", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_one_line()
    {
        var source = Source(token: "x") with { EndpointUrl = "http://127.0.0.1:9" };
        await using var warehouse = new SnowflakeWarehouse(source);

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("Snowflake source 'sf' (127.0.0.1): cannot reach POST ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private SnowflakeSource Source(string? privateKey = null, string? token = null) => new()
    {
        Id = "sf",
        Account = "xy12345.eu-west-1",
        Database = "RAW",
        User = "reflekt_ci",
        Warehouse = "TRANSFORMING",
        Role = "REPORTER",
        PrivateKey = privateKey is null ? null : new Secret(privateKey),
        Token = token is null ? null : new Secret(token),
        EndpointUrl = _standIn.BaseUri.ToString(),
    };
}
