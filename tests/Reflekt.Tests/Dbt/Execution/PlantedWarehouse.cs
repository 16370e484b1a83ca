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
        var table = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("order_placed");
        var columnList = string.Join(", ", Columns.Select(dialect.QuoteIdentifier));
        var statements = new List<string> { $"create table {table} ({string.Join(", ", Columns.Select(c => dialect.QuoteIdentifier(c) + " varchar"))})" };
        foreach (var row in Rows)
        {
            string?[] values = [row[0], "Order Placed", "order_placed", row[1], row[1], "u1", row[2], row[3], "n", "o", row[4]];
            statements.Add($"insert into {table} ({columnList}) values ({string.Join(", ", values.Select(v => v is null ? "null" : dialect.StringLiteral(v)))})");
        }

        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

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
    }
}
