using Reflekt.Warehouses;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Reflection.Sql;

/// <summary>Runs reflection queries through a profile's warehouse adapter (ADO.NET, Snowflake SQL API, BigQuery REST).</summary>
public sealed class WarehouseReflectionConnection : IReflectionConnection
{
    private readonly Func<string, CancellationToken, Task<IReadOnlyList<object?[]>>> _query;
    private long _queries;

    private WarehouseReflectionConnection(ReflectionSql sql, Func<string, CancellationToken, Task<IReadOnlyList<object?[]>>> query)
    {
        Sql = sql;
        _query = query;
    }

    public ReflectionSql Sql { get; }

    /// <summary>How many queries were sent.</summary>
    public long QueriesSent => Interlocked.Read(ref _queries);

    /// <summary>The reflection connection of <paramref name="warehouse"/> for source database <paramref name="database"/>.</summary>
    public static WarehouseReflectionConnection For(IWarehouse warehouse, string database)
    {
        var sql = ReflectionSql.For(SqlDialects.For(warehouse.Source.Type));
        return warehouse switch
        {
            DbWarehouse db => new(sql, new DbReflectionConnection(sql, db.OpenAsync).QueryAsync),
            SnowflakeWarehouse snowflake => new(sql, async (text, ct) =>
                Strings(await snowflake.QueryAsync(text, [], database, ct).ConfigureAwait(false))),
            BigQueryWarehouse bigquery => new(sql, async (text, ct) =>
                Strings(await bigquery.QueryAsync(database, text, ct).ConfigureAwait(false))),
            _ => throw new ReflektException($"source '{warehouse.Source.Id}': reflection cannot query a '{warehouse.Source.Type}' warehouse"),
        };
    }

    /// <summary>The source as queries must name it: a SQLite file's schema (its stem in --source) is <c>main</c>.</summary>
    public static SourceRef Physical(IWarehouse warehouse, SourceRef source) =>
        warehouse.Source is SqliteSource ? source with { PhysicalSchema = "main" } : source;

    public Task<IReadOnlyList<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        return _query(sql, cancellationToken);
    }

    private static IReadOnlyList<object?[]> Strings(List<List<string?>> rows) => [.. rows.Select(r => r.Cast<object?>().ToArray())];
}
