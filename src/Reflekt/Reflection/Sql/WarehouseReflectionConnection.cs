using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Runs reflection queries through a profile's warehouse (ADO.NET, Snowflake SQL API, BigQuery REST) in its provider's SQL.</summary>
public sealed class WarehouseReflectionConnection : IReflectionConnection
{
    private readonly IWarehouse _warehouse;
    private readonly string _database;
    private long _queries;

    private WarehouseReflectionConnection(IWarehouse warehouse, string database)
    {
        _warehouse = warehouse;
        _database = database;
        Sql = WarehouseProviders.For(warehouse.Source).Queries;
    }

    public ReflectionSql Sql { get; }

    /// <summary>How many queries were sent.</summary>
    public long QueriesSent => Interlocked.Read(ref _queries);

    /// <summary>The reflection connection of <paramref name="warehouse"/> for source database <paramref name="database"/>.</summary>
    public static WarehouseReflectionConnection For(IWarehouse warehouse, string database) => new(warehouse, database);

    public SourceAddress Locate(SourceAddress source) => WarehouseProviders.For(_warehouse.Source).Locate(_warehouse.Source, source);

    public Task<IReadOnlyList<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        return _warehouse.QueryAsync(_database, sql, cancellationToken);
    }
}
