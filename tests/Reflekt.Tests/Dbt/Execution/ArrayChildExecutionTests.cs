using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reflekt.Testing;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>An array of objects: its child model has one row per element with the right values, on every local engine.</summary>
public sealed class ArrayChildExecutionTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public async Task Postgres_child_model_has_one_row_per_element()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("arrays_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor(database));
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "create schema raw", ct);
        await PlantedArrays.RunAndAssertAsync(connection, PostgresSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task Sqlite_child_model_has_one_row_per_element()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "attach database ':memory:' as \"raw\"", ct);
        await PlantedArrays.RunAndAssertAsync(connection, SqliteSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task DuckDb_child_model_has_one_row_per_element()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "create schema raw", ct);
        await PlantedArrays.RunAndAssertAsync(connection, DuckDbSqlDialect.Instance, ct);
    }
}
