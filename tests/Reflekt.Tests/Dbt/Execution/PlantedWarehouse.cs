using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Reflekt.Dbt;
using Reflekt.Warehouses.Catalog;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt.Execution;

/// <summary>
/// The planted test warehouse of issue 14, one fixture for every engine. <c>raw.order_placed</c> carries <c>schema_id</c>
/// and holds 1-0 and 2-0 calls: a redelivered message, an out-of-enum status and a null required amount (1-0), a
/// reserved-word property (<c>order</c>), a property named <c>name</c>, an optional object with a required child, and in
/// 2-0 an array of objects (<c>products</c>: redelivered, empty and null arrays too). <c>raw.order_paid</c> has no
/// <c>schema_id</c> and holds 1-0, 1-1 and 2-0 calls, told apart only by 2-0's required <c>currency</c>. The package
/// built from all five schemas runs, models and every data test, and exactly the two planted tests fail.
/// </summary>
internal static class PlantedWarehouse
{
    public const string Model = "stg_raw__order_placed";

    private const string ModelV2 = "stg_raw__order_placed__v2_0";

    private const string Child = "stg_raw__order_placed__products__v2_0";

    private static readonly string[] OrderColumns =
        ["id", "event", "event_text", "received_at", "timestamp", "user_id", "schema_id", "status", "amount", "name", "order", "address_city", "products"];

    private static readonly string[] PaidColumns = ["id", "event", "event_text", "received_at", "timestamp", "user_id", "total", "note", "currency"];

    private const string Products =
        """[{"sku": "A-1", "quantity": 2, "price": 9.5, "gift": true, "size": {"width": 10.5}}, {"sku": "B-2", "quantity": 1, "price": 20, "gift": false}]""";

    // id, received_at, version, status, amount, address_city, products. e1 arrives twice; e2's status and e3's amount
    // are the planted faults; address_city is null where allowed (its parent object is optional). c1 (2-0) arrives
    // twice (its elements must not double), c3's array is empty and c4 has none: they add no child rows.
    private static readonly string?[][] Orders =
    [
        ["e1", "2024-01-01 00:00:01", "1-0", "placed", "100", null, null],
        ["e1", "2024-01-01 00:00:02", "1-0", "placed", "100", null, null],
        ["e2", "2024-01-01 00:00:03", "1-0", "shipped", "200", "Paris", null],
        ["e3", "2024-01-01 00:00:04", "1-0", "paid", null, "Oslo", null],
        ["c1", "2024-01-01 00:00:05", "2-0", "placed", "5", null, Products],
        ["c1", "2024-01-01 00:00:06", "2-0", "placed", "5", null, Products],
        ["c2", "2024-01-01 00:00:07", "2-0", "paid", "6", null, """[{"sku": "C-3", "quantity": 5, "price": 1.25}]"""],
        ["c3", "2024-01-01 00:00:08", "2-0", "paid", "7", null, "[]"],
        ["c4", "2024-01-01 00:00:09", "2-0", "paid", "8", null, null],
    ];

    // id, received_at, total, note, currency: p1 (1-0) arrives twice, p2 is a 1-1 call (note), p3 a 2-0 call (currency).
    private static readonly string?[][] Payments =
    [
        ["p1", "2024-01-02 00:00:01", "10", null, null],
        ["p1", "2024-01-02 00:00:02", "10", null, null],
        ["p2", "2024-01-02 00:00:03", "20", "gift", null],
        ["p3", "2024-01-02 00:00:04", "30", null, "EUR"],
    ];

    /// <summary>(event_id, element_index, sku, quantity, price, gift, size_width) expected from the 2-0 child model.</summary>
    private static readonly object?[][] Elements =
    [
        ["c1", 0L, "A-1", 2L, 9.5m, true, 10.5m],
        ["c1", 1L, "B-2", 1L, 20m, false, null],
        ["c2", 0L, "C-3", 5L, 1.25m, null, null],
    ];

    /// <summary>Order Placed 1-0 or 2-0 (2-0 adds the <c>products</c> array of objects).</summary>
    public static DbtSchemaInput OrderPlaced(string version)
    {
        var products = version == "1-0" ? "" : """
            , "products": {"type": "array", "description": "Products ordered.",
              "items": {"type": "object", "required": ["sku"], "properties": {
                "sku": {"type": "string", "description": "Stock keeping unit."},
                "quantity": {"type": "integer", "description": "How many."},
                "price": {"type": "number", "description": "Unit price."},
                "gift": {"type": "boolean", "description": "Gift wrapped."},
                "size": {"type": "object", "properties": {"width": {"type": "number", "description": "Width in cm."}}}}}}
            """;
        return new($"planted/Order_Placed/{version}.json", JsonDocument.Parse($$"""
            {"$id": "planted/Order_Placed/{{version}}.json", "description": "An order was placed.",
             "self": {"vendor": "test", "name": "Order Placed", "format": "jsonschema", "version": "{{version}}", "metadata": {} },
             "type": "object",
             "properties": {
               "status": {"type": "string", "enum": ["placed", "paid"], "description": "Order status."},
               "amount": {"type": "integer", "description": "Amount in cents."},
               "name": {"type": "string", "description": "Order name."},
               "order": {"type": "string", "description": "A reserved word."},
               "address": {"type": "object", "properties": {"city": {"type": "string", "description": "City."} }, "required": ["city"] }
               {{products}} },
             "required": ["status", "amount"]}
            """).RootElement);
    }

    /// <summary>Order Paid 1-0 (total), 1-1 (adds an optional note) and 2-0 (requires a currency instead).</summary>
    private static DbtSchemaInput OrderPaid(string version, string description)
    {
        var (extra, required) = version switch
        {
            "1-1" => (""", "note": {"type": "string", "description": "Note."}""", """["total"]"""),
            "2-0" => (""", "currency": {"type": "string", "description": "ISO currency."}""", """["total", "currency"]"""),
            _ => ("", """["total"]"""),
        };
        return new($"planted/Order_Paid/{version}.json", JsonDocument.Parse($$"""
            {"$id": "planted/Order_Paid/{{version}}.json", "description": "{{description}}",
             "self": {"vendor": "test", "name": "Order Paid", "format": "jsonschema", "version": "{{version}}", "metadata": {} },
             "type": "object", "properties": {"total": {"type": "string", "description": "Total {{version}}."}{{extra}} },
             "required": {{required}} }
            """).RootElement);
    }

    public static IReadOnlyList<DbtSchemaInput> Schemas() =>
    [
        OrderPlaced("1-0"), OrderPlaced("2-0"),
        OrderPaid("1-0", "Paid, first."), OrderPaid("1-1", "Paid, with a note."), OrderPaid("2-0", "An order was paid."),
    ];

    public static DbtBuildRequest Request(SqlDialect dialect) => TestSchemas.Request(dialect, "raw");

    public static CatalogSnapshot Catalog(SqlDialect dialect) =>
        TestSchemas.Catalog(dialect, "raw", ("order_placed", OrderColumns), ("order_paid", PaidColumns));

    /// <summary>Creates and fills <c>raw.order_placed</c> and <c>raw.order_paid</c>; the schema <c>raw</c> must exist.</summary>
    public static async Task WriteAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        await CreateAsync(connection, dialect, "order_placed", OrderColumns, cancellationToken);
        await CreateAsync(connection, dialect, "order_paid", PaidColumns, cancellationToken);
        await InsertOrdersAsync(connection, dialect, Orders, cancellationToken);
        foreach (var row in Payments)
        {
            await InsertAsync(connection, dialect, "order_paid", PaidColumns,
                [row[0], "Order Paid", "order_paid", row[1], row[1], "u1", row[2], row[3], row[4]], cancellationToken);
        }
    }

    /// <summary>Appends order rows given as (id, received_at, version, status, amount, address_city, products).</summary>
    public static async Task InsertOrdersAsync(DbConnection connection, SqlDialect dialect, IEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await InsertAsync(connection, dialect, "order_placed", OrderColumns,
                [row[0], "Order Placed", "order_placed", row[1], row[1], "u1", $"planted/Order_Placed/{row[2]}.json", row[3], row[4], "n", "o", row[5], row[6]],
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
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Builds every schema, runs every model and data test, and checks what issue 14 says the warehouse shows.</summary>
    public static async Task BuildRunAndAssertAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var result = DbtPackageBuilder.Build(Schemas(), Request(dialect), Catalog(dialect));
        var runs = await ModelExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);
        var outcomes = await DataTestExecution.RunAllAsync(connection, result.Package, dialect, cancellationToken);

        Assert.Equal(
            ["stg_raw__order_paid", "stg_raw__order_paid__v1", "stg_raw__order_paid__v2_0", Model, Child, ModelV2],
            runs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, runs[Model].Rows); // e1 once, and no 2-0 call
        Assert.Equal(4, runs[ModelV2].Rows); // c1 once, and no 1-0 call
        Assert.Contains("order", runs[Model].Columns);
        Assert.Equal(3, runs[Child].Rows); // one per element of c1 (once) and c2
        Assert.Equal(2, runs["stg_raw__order_paid__v1"].Rows);
        Assert.Equal(1, runs["stg_raw__order_paid__v2_0"].Rows);
        Assert.Equal(3, runs["stg_raw__order_paid"].Rows);

        // Deduplication keeps unique passing everywhere; exactly the planted enum and null values fail.
        Assert.Equal(5, outcomes.Count(o => o is { Column: "event_id", Test: "unique", Failures: 0 }));
        Assert.DoesNotContain(outcomes, o => o.Column == "address_city");
        var failing = outcomes.Where(o => o.Failures > 0).Select(o => $"{o.Model}.{o.Column}:{o.Test}:{o.Failures}").Order(StringComparer.Ordinal);
        Assert.Equal([$"{Model}.amount:not_null:1", $"{Model}.status:accepted_values:1"], failing);
        Assert.Contains(outcomes, o => o is { Model: "stg_raw__order_paid__v2_0", Column: "currency", Test: "not_null" });
        Assert.Contains(outcomes, o => o is { Model: "stg_raw__order_paid", Column: "schema_version", Test: "accepted_values" });

        Assert.Equal(Elements, await ReadElementsAsync(connection, result.Package, dialect, cancellationToken));
        Assert.Equal(
            [("p1", "1-1"), ("p2", "1-1"), ("p3", "2-0")],
            await ReadPairsAsync(connection, ModelExecution.Compile(result.Package.Files["models/raw/stg_raw__order_paid.sql"], dialect, package: result.Package),
                "event_id", "schema_version", cancellationToken));

        // Every documented column carries a type; the reserved word is quoted in dbt's tests too; meta names the schema.
        var docs = result.Package.Files[$"models/raw/_{Model}.yml"];
        Assert.Equal(
            docs.Split('\n').Count(l => l.StartsWith("      - name: ", StringComparison.Ordinal)),
            docs.Split('\n').Count(l => l.StartsWith("        data_type: ", StringComparison.Ordinal)));
        Assert.Contains($"      - name: {dialect.Capabilities.Fold("order")}\n        description: A reserved word.\n        data_type: text\n        quote: true\n", docs);
        Assert.Contains("    config:\n      meta:\n        schema_id: planted/Order_Placed/1-0.json\n        version: 1-0\n", docs);
        Assert.DoesNotContain("schema_metadata", docs);
        // The union is described by the newest version.
        Assert.Contains("    description: An order was paid.\n", result.Package.Files["models/raw/_stg_raw__order_paid.yml"]);
    }

    private static async Task CreateAsync(DbConnection connection, SqlDialect dialect, string table, string[] columns, CancellationToken cancellationToken)
    {
        // Loaders type their receive times; a lookback window compares them with a timestamp.
        var definitions = columns.Select(c => dialect.QuoteIdentifier(c) + " " + (c is "received_at" or "timestamp" ? dialect.TimestampType : "varchar"));
        await ExecuteAsync(connection, $"create table {Table(dialect, table)} ({string.Join(", ", definitions)})", cancellationToken);
    }

    private static Task InsertAsync(DbConnection connection, SqlDialect dialect, string table, string[] columns, string?[] values, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            $"insert into {Table(dialect, table)} ({string.Join(", ", columns.Select(dialect.QuoteIdentifier))}) values ({string.Join(", ", values.Select(v => v is null ? "null" : dialect.StringLiteral(v)))})",
            cancellationToken);

    private static string Table(SqlDialect dialect, string table) => dialect.QuoteIdentifier("raw") + "." + dialect.QuoteIdentifier(table);

    private static async Task<List<object?[]>> ReadElementsAsync(DbConnection connection, DbtPackage package, SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = ModelExecution.Compile(package.Files[$"models/raw/{Child}.sql"], dialect) + " order by 1, 2";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        Assert.Equal(
            ["event_id", "element_index", "sku", "quantity", "price", "gift", "size_width"],
            Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()));
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(
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

        Assert.Equal(["event_id", "element_index", "sku", "quantity", "price", "gift", "size_width"], ModelExecution.DocumentedColumns(package, Child));
        return rows;
    }

    private static async Task<List<(string, string)>> ReadPairsAsync(DbConnection connection, string sql, string first, string second, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"select {first}, {second} from ({sql}) as model order by 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}
