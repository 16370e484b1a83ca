using DuckDB.NET.Data;
using Reflekt.Reflection;
using Reflekt.Reflection.Sql;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.DuckDB;

namespace Reflekt.Tests.Warehouses;

/// <summary>DuckDB, the sixth warehouse: a real DuckDB file, its one catalog query for build and reflection, and reflection's aggregates.</summary>
public sealed class DuckDbWarehouseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<DuckDbSource> WarehouseAsync()
    {
        var path = Path.Combine(_dir.Path, "warehouse.duckdb");
        await using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            foreach (var sql in new[]
            {
                "create schema segment",
                "create table segment.order_completed (id varchar, received_at timestamptz, order_id varchar, revenue double, schema_id varchar)",
                "insert into segment.order_completed values ('1', '2026-11-30 10:00:00+00', 'o1', 10.5, 'a/1-0.json'), ('2', '2026-12-01 11:00:00+00', 'o2', 3, 'a/1-0.json')",
                "create view segment.order_completed_view as select * from segment.order_completed",
            })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        return new DuckDbSource { Id = "duck", Path = path };
    }

    [Fact]
    public async Task Catalog_lists_base_tables_only_in_ordinal_order()
    {
        var source = await WarehouseAsync();
        await using var warehouse = WarehouseProviders.Connect(source);

        await warehouse.PingAsync(TestContext.Current.CancellationToken);
        var catalog = await WarehouseCatalog.SnapshotAsync(warehouse, SourceAddress.Parse("duck.warehouse.segment"), TestContext.Current.CancellationToken);

        var table = Assert.Single(catalog.Tables);
        Assert.Equal("order_completed", table.Name);
        Assert.Equal(["id", "received_at", "order_id", "revenue", "schema_id"], table.Columns.Select(c => c.Name));
        Assert.Equal("DOUBLE", table.Find("revenue")!.DataType);
    }

    [Fact]
    public async Task Reflection_counts_days_and_versions()
    {
        var source = await WarehouseAsync();
        await using var warehouse = WarehouseProviders.Connect(source);
        var address = SourceAddress.Parse("duck.warehouse.segment");
        var connection = WarehouseReflectionConnection.For(warehouse, address.Database);
        var reflector = new WarehouseReflector(connection, new ReflectionSettings { Days = 30 });

        var catalog = await reflector.ReadCatalogAsync(address, TestContext.Current.CancellationToken);
        var outcome = await reflector.ReflectTableAsync(address, "order_completed", catalog["order_completed"], new DateOnly(2026, 12, 1), null, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Error);
        Assert.Equal([1L, 1L], outcome.Observed!.DayCounts.Select(d => d.Rows));
        Assert.Equal(2, outcome.Observed.SchemaIdCounts!.Single().Rows);
    }

    [Fact]
    public async Task An_address_naming_another_database_is_refused()
    {
        var source = await WarehouseAsync();
        await using var warehouse = WarehouseProviders.Connect(source);

        var error = await Assert.ThrowsAsync<ReflektException>(() => WarehouseCatalog.SnapshotAsync(warehouse, SourceAddress.Parse("duck.other.segment"), TestContext.Current.CancellationToken));

        Assert.Contains("a duckdb source's database is its file stem 'warehouse'", error.Message);
    }
}
