using DuckDB.NET.Data;
using Reflekt.Warehouses.DuckDB;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>Generated models and their data tests run on embedded DuckDB (the <c>qualify</c> dedup path).</summary>
public sealed class DuckDbExecutionTests
{
    [Fact]
    public async Task Planted_warehouse_dedups_fails_exactly_the_planted_tests_and_keeps_versions_and_elements_apart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "create schema raw";
            await command.ExecuteNonQueryAsync(ct);
        }

        await PlantedWarehouse.WriteAsync(connection, DuckDbSqlDialect.Instance, ct);
        await PlantedWarehouse.BuildRunAndAssertAsync(connection, DuckDbSqlDialect.Instance, ct);
    }

    [Fact]
    public async Task Incremental_model_merges_a_lookback_window_by_event_id()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await PlantedWarehouse.ExecuteAsync(connection, "create schema raw", ct);
        await PlantedWarehouse.WriteAsync(connection, DuckDbSqlDialect.Instance, ct);
        await PlantedIncremental.RunAndAssertAsync(connection, DuckDbSqlDialect.Instance, ct);
    }
}
