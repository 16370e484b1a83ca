using DuckDB.NET.Data;
using Reflekt.Demo;

namespace Reflekt.Cli.Tests;

/// <summary>Changes a demo project's warehouse the way a loader would, with DuckDB itself.</summary>
internal static class DemoWarehouse
{
    /// <summary>Runs <paramref name="sql"/> against the demo's DuckDB file, with the raw schema as the search path.</summary>
    public static async Task ExecuteAsync(string demoDirectory, string sql)
    {
        await using var connection = new DuckDBConnection($"Data Source={Path.Combine(demoDirectory, DemoProject.WarehousePath)}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"set schema '{DemoProject.RawSchema}'; {sql}";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Runs a scalar query against the demo's DuckDB file.</summary>
    public static async Task<object?> ScalarAsync(string demoDirectory, string sql)
    {
        await using var connection = new DuckDBConnection($"Data Source={Path.Combine(demoDirectory, DemoProject.WarehousePath)}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
