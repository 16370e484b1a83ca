using Reflekt.Reflection;
using Reflekt.Reflection.Sql;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>
/// What every warehouse must do the same way, run against each one that can run here (one subclass per warehouse):
/// connect, list the same base tables and columns through the one catalog query that build and reflection share,
/// normalise the same column types, and count the same rows per day and per <c>schema_id</c>.
/// Each subclass loads <see cref="ConformanceData"/> its own way (SQL, or a REST stand-in's wire answers).
/// </summary>
public abstract class WarehouseConformance : IAsyncLifetime
{
    private IWarehouse? _warehouse;

    /// <summary>The address of the schema holding <see cref="ConformanceData"/>'s tables.</summary>
    protected abstract SourceAddress Address { get; }

    /// <summary>Loads <see cref="ConformanceData"/> (tables, rows and the view) and connects to the warehouse through its provider.</summary>
    protected abstract Task<IWarehouse> ArrangeAsync();

    /// <summary>Releases what <see cref="ArrangeAsync"/> started.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    private IWarehouse Warehouse => _warehouse ?? throw new InvalidOperationException("not arranged");

    public async ValueTask InitializeAsync() => _warehouse = await ArrangeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_warehouse is not null)
        {
            await _warehouse.DisposeAsync();
        }

        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Ping_succeeds() => await Warehouse.PingAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_catalog_lists_base_tables_with_columns_in_ordinal_order_and_never_views()
    {
        var catalog = await WarehouseCatalog.SnapshotAsync(Warehouse, Address, TestContext.Current.CancellationToken);

        // Names compare as the warehouse folds them (Snowflake answers upper-case).
        Assert.Equal(
            ConformanceData.Tables.Select(t => t.Name),
            catalog.Tables.Select(t => t.Name.ToLowerInvariant()).Order(StringComparer.Ordinal));
        foreach (var table in ConformanceData.Tables)
        {
            var listed = catalog.Tables.Single(t => string.Equals(t.Name, table.Name, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(table.Columns.Select(c => c.Name), listed.Columns.Select(c => c.Name.ToLowerInvariant()));
        }
    }

    [Fact]
    public async Task Column_types_normalise_alike()
    {
        var reflector = Reflector();

        var catalog = await reflector.ReadCatalogAsync(Address, TestContext.Current.CancellationToken);

        foreach (var table in ConformanceData.Tables)
        {
            var columns = catalog.Single(t => string.Equals(t.Key, table.Name, StringComparison.OrdinalIgnoreCase)).Value;
            Assert.Equal(
                table.Columns.Select((c, i) => (c.Name, c.Type, i + 1)),
                columns.Select(c => (c.Name.ToLowerInvariant(), c.NormalizedType, c.Ordinal)));
        }
    }

    [Fact]
    public async Task Reflection_counts_rows_per_day_and_per_schema_id()
    {
        var reflector = Reflector();
        var catalog = await reflector.ReadCatalogAsync(Address, TestContext.Current.CancellationToken);
        var orders = catalog.Single(t => string.Equals(t.Key, "order_completed", StringComparison.OrdinalIgnoreCase));

        var outcome = await reflector.ReflectTableAsync(Address, orders.Key, orders.Value, ConformanceData.Today, null, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Error);
        Assert.Equal(ConformanceData.OrderDayCounts, outcome.Observed!.DayCounts.Select(d => (d.Day, d.Rows)));
        Assert.Equal(ConformanceData.OrderSchemaIdCounts, outcome.Observed.SchemaIdCounts!.OrderBy(c => c.SchemaId, StringComparer.Ordinal).Select(c => (c.SchemaId, c.Rows)));
        Assert.Equal(ConformanceData.OrderValidThrough, outcome.Observed.ValidThrough);
    }

    private WarehouseReflector Reflector() =>
        new(WarehouseReflectionConnection.For(Warehouse, Address.Database), new ReflectionSettings { Days = 30, Retries = 0 });
}
