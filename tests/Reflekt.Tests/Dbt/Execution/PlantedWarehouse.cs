using System.Data.Common;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// One raw event table with planted faults: a redelivered message id, an out-of-enum value and a null required
/// property, next to a reserved-word property, a property named <c>name</c> and a nested required property under an
/// optional object. Built models and their data tests run on it; exactly the planted tests must fail.
/// </summary>
internal static class PlantedWarehouse
{
    public const string Model = "stg_raw__order_placed";

    public static DbtSchemaInput Schema() => new("planted/Order_Placed/1-0.json", JsonDocument.Parse("""
        {"$id": "planted/Order_Placed/1-0.json", "description": "An order was placed.",
         "self": {"vendor": "test", "name": "Order Placed", "format": "jsonschema", "version": "1-0", "metadata": {}},
         "type": "object",
         "properties": {
           "status": {"type": "string", "enum": ["placed", "paid"], "description": "Order status."},
           "amount": {"type": "integer", "description": "Amount in cents."},
           "name": {"type": "string", "description": "Order name."},
           "order": {"type": "string", "description": "A reserved word."},
           "address": {"type": "object", "properties": {"city": {"type": "string", "description": "City."}}, "required": ["city"]}},
         "required": ["status", "amount"]}
        """).RootElement);

    private static readonly string[] Columns = ["id", "event", "event_text", "received_at", "timestamp", "user_id", "status", "amount", "name", "order", "address_city"];

    // id, received_at, status, amount, address_city: e1 arrives twice; e2's status and e3's amount are the planted faults;
    // address_city is null where allowed (its parent object is optional).
    private static readonly string?[][] Rows =
    [
        ["e1", "2024-01-01 00:00:01", "placed", "100", null],
        ["e1", "2024-01-01 00:00:02", "placed", "100", null],
        ["e2", "2024-01-01 00:00:03", "shipped", "200", "Paris"],
        ["e3", "2024-01-01 00:00:04", "paid", null, "Oslo"],
    ];

    public static DbtBuildRequest Request(SqlDialect dialect) => TestSchemas.Request(dialect, "raw");

    public static Reflekt.Warehouses.Catalog.CatalogSnapshot Catalog(SqlDialect dialect) =>
        TestSchemas.Catalog(dialect, "raw", ("order_placed", Columns));

    /// <summary>Creates and fills <c>raw.order_placed</c>; the schema <c>raw</c> must exist.</summary>
    public static async Task WriteAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        // Loaders type their receive times; a lookback window compares them with a timestamp.
        var columns = Columns.Select(c => dialect.QuoteIdentifier(c) + " " + (c is "received_at" or "timestamp" ? dialect.TimestampType : "varchar"));
        await ExecuteAsync(connection, $"create table {Table(dialect)} ({string.Join(", ", columns)})", cancellationToken);
        await InsertAsync(connection, dialect, Rows, cancellationToken);
    }

    /// <summary>Appends raw rows given as (id, received_at, status, amount, address_city).</summary>
    public static async Task InsertAsync(DbConnection connection, SqlDialect dialect, IEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        var columnList = string.Join(", ", Columns.Select(dialect.QuoteIdentifier));
        foreach (var row in rows)
        {
            string?[] values = [row[0], "Order Placed", "order_placed", row[1], row[1], "u1", row[2], row[3], "n", "o", row[4]];
            await ExecuteAsync(
                connection,
                $"insert into {Table(dialect)} ({columnList}) values ({string.Join(", ", values.Select(v => v is null ? "null" : dialect.StringLiteral(v)))})",
                cancellationToken);
        }
    }

    public static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<long> CountAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Table(SqlDialect dialect) => dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("order_placed");

    /// <summary>Builds, runs the model and every data test, and checks that exactly the planted faults fail.</summary>
    public static async Task BuildRunAndAssertAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var result = DbtPackageBuilder.Build([Schema()], Request(dialect), Catalog(dialect));
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);
        var outcomes = await DataTestExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);

        Assert.Equal(3, runs[Model].Rows); // e1 once
        Assert.Contains("order", runs[Model].Columns);
        Assert.Contains(outcomes, o => o is { Column: "event_id", Test: "unique", Failures: 0 });
        Assert.Contains(outcomes, o => o is { Column: "event_id", Test: "not_null", Failures: 0 });
        Assert.DoesNotContain(outcomes, o => o.Column == "address_city");
        var failing = outcomes.Where(o => o.Failures > 0).Select(o => $"{o.Column}:{o.Test}:{o.Failures}").Order(StringComparer.Ordinal);
        Assert.Equal(["amount:not_null:1", "status:accepted_values:1"], failing);

        // Every documented column carries a type; the reserved word is quoted in dbt's tests too; meta names the schema.
        var docs = result.Package.Files[$"models/raw/_{Model}.yml"];
        Assert.Equal(
            docs.Split('\n').Count(l => l.StartsWith("      - name: ", StringComparison.Ordinal)),
            docs.Split('\n').Count(l => l.StartsWith("        data_type: ", StringComparison.Ordinal)));
        Assert.Contains($"      - name: {dialect.Capabilities.Fold("order")}\n        description: A reserved word.\n        data_type: text\n        quote: true\n", docs);
        Assert.Contains("    config:\n      meta:\n        schema_id: planted/Order_Placed/1-0.json\n        version: 1-0\n", docs);
        Assert.DoesNotContain("schema_metadata", docs);
    }
}

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
        await PlantedWarehouse.InsertAsync(connection, dialect, [["e0", "2023-12-01 00:00:00", "paid", "1", null]], cancellationToken);
        var settings = Reflekt.Projects.DbtSettings.Default with
        {
            Models = Reflekt.Projects.DbtSettings.Default.Models with { Materialized = Reflekt.Projects.DbtMaterialization.Incremental },
        };
        var result = DbtPackageBuilder.Build([PlantedWarehouse.Schema()], TestSchemas.Request(dialect, "raw", settings), PlantedWarehouse.Catalog(dialect));
        var sql = result.Package.Files[$"models/raw/{PlantedWarehouse.Model}.sql"];
        Assert.StartsWith("{{\n  config(\n    unique_key = 'event_id'\n  )\n}}\n", sql);
        Assert.Contains("    +materialized: incremental\n    +on_schema_change: append_new_columns\n", result.Package.Files["dbt_project.yml"]);
        var target = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("incremental_model");

        await PlantedWarehouse.ExecuteAsync(connection, $"create table {target} as {ModelExecution.Compile(sql, dialect)}", cancellationToken);
        Assert.Equal(4, await PlantedWarehouse.CountAsync(connection, $"select count(*) from {target}", cancellationToken));

        await PlantedWarehouse.InsertAsync(connection, dialect,
        [
            ["e4", "2024-01-02 00:00:00", "paid", "5", null],
            ["e1", "2024-01-02 00:00:01", "placed", "100", null],
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
