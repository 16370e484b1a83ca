using System.Data.Common;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// One raw table holding a 1-0 and a 2-0 call of the same event, told apart by <c>schema_id</c> (the schema's $id):
/// each version's model must return only its own rows, and every generated data test passes on them.
/// </summary>
internal static class PlantedVersions
{
    private static readonly string[] Columns = ["id", "event", "event_text", "received_at", "timestamp", "user_id", "schema_id", "total"];

    private static DbtSchemaInput Version(string version) => new($"planted/Order_Paid/{version}.json", JsonDocument.Parse($$"""
        {"$id": "planted/Order_Paid/{{version}}.json", "description": "An order was paid.",
         "self": {"vendor": "test", "name": "Order Paid", "format": "jsonschema", "version": "{{version}}", "metadata": {} },
         "type": "object", "properties": {"total": {"type": "string", "description": "Total."} }, "required": ["total"] }
        """).RootElement);

    /// <summary>Creates <c>raw.order_paid</c> (schema <c>raw</c> must exist), builds 1-0 and 2-0, runs both models and their tests.</summary>
    public static async Task RunAndAssertAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var table = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("order_paid");
        var columns = Columns.Select(c => dialect.QuoteIdentifier(c) + " " + (c is "received_at" or "timestamp" ? dialect.TimestampType : "varchar"));
        await PlantedWarehouse.ExecuteAsync(connection, $"create table {table} ({string.Join(", ", columns)})", cancellationToken);
        string[][] rows =
        [
            ["v1a", "2024-01-01 00:00:01", "planted/Order_Paid/1-0.json"],
            ["v1b", "2024-01-01 00:00:02", "planted/Order_Paid/1-0.json"],
            ["v2a", "2024-01-01 00:00:03", "planted/Order_Paid/2-0.json"],
        ];
        foreach (var (id, receivedAt, schemaId) in rows.Select(r => (r[0], r[1], r[2])))
        {
            string[] values = [id, "order_paid", "Order Paid", receivedAt, receivedAt, "u1", schemaId, "10"];
            await PlantedWarehouse.ExecuteAsync(connection,
                $"insert into {table} ({string.Join(", ", Columns.Select(dialect.QuoteIdentifier))}) values ({string.Join(", ", values.Select(dialect.StringLiteral))})",
                cancellationToken);
        }

        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_paid", Columns));
        var result = DbtPackageBuilder.Build([Version("1-0"), Version("2-0")], PlantedWarehouse.Request(dialect), catalog);
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);
        var outcomes = await DataTestExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);

        Assert.Equal(2, runs["stg_raw__order_paid"].Rows);
        Assert.Equal(1, runs["stg_raw__order_paid__v2_0"].Rows);
        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.Equal(0, o.Failures));
    }
}
