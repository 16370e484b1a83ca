using System.Data.Common;
using Reflekt.Dbt;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// The planted table as an incremental model, run the way dbt's delete+insert strategy runs it: a full build into a
/// table, then new raw rows (a new message, a late redelivery, and an old message outside the lookback), then an
/// incremental select merged by the unique key.
/// </summary>
internal static class PlantedIncremental
{
    public static async Task RunAndAssertAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        // An old message, far outside the 3-day lookback of every later run.
        await PlantedWarehouse.InsertOrdersAsync(connection, dialect, [["e0", "2023-12-01 00:00:00", "1-0", "paid", "1", null, null]], cancellationToken);
        var settings = Reflekt.Projects.DbtSettings.Default with
        {
            Models = Reflekt.Projects.DbtSettings.Default.Models with { Materialized = Reflekt.Projects.DbtMaterialization.Incremental },
        };
        var result = DbtPackageBuilder.Build([PlantedWarehouse.OrderPlaced("1-0")], TestSchemas.Request(dialect, "raw", settings), PlantedWarehouse.Catalog(dialect));
        var sql = result.Package.Files[$"models/raw/{PlantedWarehouse.Model}.sql"];
        Assert.StartsWith("{{\n  config(\n    unique_key = 'event_id'\n  )\n}}\n", sql);
        Assert.Contains("    +materialized: incremental\n    +on_schema_change: append_new_columns\n", result.Package.Files["dbt_project.yml"]);
        var target = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("incremental_model");

        await PlantedWarehouse.ExecuteAsync(connection, $"create table {target} as {ModelExecution.Compile(sql, dialect)}", cancellationToken);
        Assert.Equal(4, await PlantedWarehouse.CountAsync(connection, $"select count(*) from {target}", cancellationToken));

        await PlantedWarehouse.InsertOrdersAsync(connection, dialect,
        [
            ["e4", "2024-01-02 00:00:00", "1-0", "paid", "5", null, null],
            ["e1", "2024-01-02 00:00:01", "1-0", "placed", "100", null, null],
        ], cancellationToken);
        var increment = ModelExecution.Compile(sql, dialect, incrementalThis: target);
        var batch = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("incremental_batch");
        await PlantedWarehouse.ExecuteAsync(connection, $"create table {batch} as {increment}", cancellationToken);

        // The lookback re-reads e1–e4 (e1 once, despite its third delivery) and leaves e0 alone.
        Assert.Equal(4, await PlantedWarehouse.CountAsync(connection, $"select count(*) from {batch}", cancellationToken));
        await PlantedWarehouse.ExecuteAsync(connection, $"delete from {target} where event_id in (select event_id from {batch})", cancellationToken);
        await PlantedWarehouse.ExecuteAsync(connection, $"insert into {target} select * from {batch}", cancellationToken);
        Assert.Equal(5, await PlantedWarehouse.CountAsync(connection, $"select count(*) from {target}", cancellationToken));
        Assert.Equal(0, await PlantedWarehouse.CountAsync(
            connection, $"select count(*) from (select event_id from {target} group by event_id having count(*) > 1) as d", cancellationToken));
    }
}
