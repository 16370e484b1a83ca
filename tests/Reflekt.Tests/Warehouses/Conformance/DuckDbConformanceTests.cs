using DuckDB.NET.Data;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>The conformance suite on a DuckDB file: <c>warehouse.duckdb</c>, schema <c>segment</c>, address <c>duck.warehouse.segment</c>.</summary>
public sealed class DuckDbConformanceTests : WarehouseConformance
{
    private readonly TempDirectory _dir = new();

    protected override SourceAddress Address { get; } = new("duck", "warehouse", "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        var file = Path.Combine(_dir.Path, "warehouse.duckdb");
        var dialect = DuckDbSqlDialect.Instance;
        await using (var connection = new DuckDBConnection($"Data Source={file}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            foreach (var sql in new[] { "create schema segment" }.Concat(ConformanceData.Sql(dialect, t => $"segment.{dialect.Identifier(t)}", Types)))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        return WarehouseProviders.Connect(new DuckDbSource { Id = "duck", Path = file });
    }

    protected override ValueTask CleanUpAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string Types(NormalizedType type) => type switch
    {
        NormalizedType.Integer => "bigint",
        NormalizedType.Number => "double",
        NormalizedType.Timestamp => "timestamptz",
        _ => "varchar",
    };
}
