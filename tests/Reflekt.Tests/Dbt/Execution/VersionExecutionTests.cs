using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reflekt.Testing;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>A 1-0 and a 2-0 row in one table: each version's model returns only its rows, on every embedded or local engine.</summary>
public sealed class VersionExecutionTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public async Task Postgres_v2_model_returns_only_v2_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("versions_" + Guid.NewGuid().ToString("N")[..8], ct);
        await using var connection = new NpgsqlConnection(cluster.ConnectionStringFor(database));
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "create schema raw", ct);
        await PlantedVersions.RunAndAssertAsync(connection, PostgresSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task Sqlite_v2_model_returns_only_v2_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "attach database ':memory:' as \"raw\"", ct);
        await PlantedVersions.RunAndAssertAsync(connection, SqliteSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task DuckDb_v2_model_returns_only_v2_rows()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "create schema raw", ct);
        await PlantedVersions.RunAndAssertAsync(connection, DuckDbSqlDialect.Instance, ct);
    }
}
