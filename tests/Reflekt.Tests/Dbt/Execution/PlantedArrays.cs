using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// An event with an array of objects (<c>products</c>) loaded as JSON text: its child model must hold one row per element
/// of each deduplicated message, with the parent id, the element's position and each field typed from the items schema.
/// </summary>
internal static class PlantedArrays
{
    public const string Child = "stg_raw__cart_viewed__products";

    private static readonly string[] Columns = ["id", "event", "event_text", "received_at", "timestamp", "user_id", "products"];

    private static DbtSchemaInput Schema() => new("planted/Cart_Viewed/1-0.json", JsonDocument.Parse("""
        {"$id": "planted/Cart_Viewed/1-0.json", "description": "A cart was viewed.",
         "self": {"vendor": "test", "name": "Cart Viewed", "format": "jsonschema", "version": "1-0", "metadata": {}},
         "type": "object",
         "properties": {
           "products": {"type": "array", "description": "Products in the cart.",
             "items": {"type": "object", "required": ["sku"], "properties": {
               "sku": {"type": "string", "description": "Stock keeping unit."},
               "quantity": {"type": "integer", "description": "How many."},
               "price": {"type": "number", "description": "Unit price."},
               "gift": {"type": "boolean", "description": "Gift wrapped."},
               "size": {"type": "object", "properties": {"width": {"type": "number", "description": "Width in cm."}}}}}}}}
        """).RootElement);

    // c1 is redelivered (its child rows must not double), c3's array is empty and c4 has none: they add no rows.
    private static readonly string?[][] Rows =
    [
        ["c1", "2024-01-01 00:00:01", """[{"sku": "A-1", "quantity": 2, "price": 9.5, "gift": true, "size": {"width": 10.5}}, {"sku": "B-2", "quantity": 1, "price": 20, "gift": false}]"""],
        ["c1", "2024-01-01 00:00:02", """[{"sku": "A-1", "quantity": 2, "price": 9.5, "gift": true, "size": {"width": 10.5}}, {"sku": "B-2", "quantity": 1, "price": 20, "gift": false}]"""],
        ["c2", "2024-01-01 00:00:03", """[{"sku": "C-3", "quantity": 5, "price": 1.25}]"""],
        ["c3", "2024-01-01 00:00:04", "[]"],
        ["c4", "2024-01-01 00:00:05", null],
    ];

    /// <summary>(event_id, element_index, sku, quantity, price, gift, size_width) expected, in that order.</summary>
    private static readonly object?[][] Expected =
    [
        ["c1", 0L, "A-1", 2L, 9.5m, true, 10.5m],
        ["c1", 1L, "B-2", 1L, 20m, false, null],
        ["c2", 0L, "C-3", 5L, 1.25m, null, null],
    ];

    /// <summary>Creates <c>raw.cart_viewed</c> (schema <c>raw</c> must exist), builds, runs the child model and every data test.</summary>
    public static async Task RunAndAssertAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var table = dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier("cart_viewed");
        var columns = Columns.Select(c => dialect.QuoteIdentifier(c) + " " + (c is "received_at" or "timestamp" ? dialect.TimestampType : "varchar"));
        await PlantedWarehouse.ExecuteAsync(connection, $"create table {table} ({string.Join(", ", columns)})", cancellationToken);
        foreach (var row in Rows)
        {
            string?[] values = [row[0], "cart_viewed", "Cart Viewed", row[1], row[1], "u1", row[2]];
            await PlantedWarehouse.ExecuteAsync(connection,
                $"insert into {table} ({string.Join(", ", Columns.Select(dialect.QuoteIdentifier))}) values ({string.Join(", ", values.Select(v => v is null ? "null" : dialect.StringLiteral(v)))})",
                cancellationToken);
        }

        var catalog = TestSchemas.Catalog(dialect, "raw", ("cart_viewed", Columns));
        var result = DbtPackageBuilder.Build([Schema()], PlantedWarehouse.Request(dialect), catalog);
        var sql = ModelExecution.Compile(result.Package.Files[$"models/raw/{Child}.sql"], dialect);

        var actual = new List<object?[]>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql + " order by 1, 2";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            Assert.Equal(
                ["event_id", "element_index", "sku", "quantity", "price", "gift", "size_width"],
                Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()));
            while (await reader.ReadAsync(cancellationToken))
            {
                actual.Add(
                [
                    reader.GetString(0),
                    Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
                    reader.GetString(2),
                    Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture),
                    Convert.ToDecimal(reader.GetValue(4), CultureInfo.InvariantCulture),
                    reader.IsDBNull(5) ? null : Convert.ToBoolean(reader.GetValue(5), CultureInfo.InvariantCulture),
                    reader.IsDBNull(6) ? null : Convert.ToDecimal(reader.GetValue(6), CultureInfo.InvariantCulture),
                ]);
            }
        }

        Assert.Equal(Expected, actual);
        Assert.Equal(
            ["event_id", "element_index", "sku", "quantity", "price", "gift", "size_width"],
            ModelExecution.DocumentedColumns(result.Package, Child));
        var outcomes = await DataTestExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);
        Assert.Contains(outcomes, o => o.Model == Child && o.Column == "event_id" && o.Test == "not_null");
        Assert.Contains(outcomes, o => o.Model == Child && o.Column == "sku" && o.Test == "not_null");
        Assert.All(outcomes, o => Assert.Equal(0, o.Failures));
    }
}
