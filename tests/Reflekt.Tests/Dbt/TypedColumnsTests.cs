using DuckDB.NET.Data;
using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Warehouses;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Dbt;

/// <summary>Issue 14: types that match the schema, JSON parsed per dialect, reserved words, standard-column collisions, versions.</summary>
public sealed class TypedColumnsTests
{
    private const string Properties = """
        {"placed_at": {"type": "string", "format": "date-time", "description": "p"},
         "ship_on": {"type": "string", "format": "date", "description": "s"},
         "count": {"type": "integer", "description": "c"},
         "total": {"type": "number", "description": "t"},
         "gift": {"type": "boolean", "description": "g"},
                 "items": {"type": "array", "description": "i"},
         "tag": {"type": "string", "description": "A Redshift reserved word."}}
        """;

    private static readonly string[] Raw = ["placed_at", "ship_on", "count", "total", "gift", "items", "tag"];

    // Each JSON parse is the warehouse's documented function (links in the dialects' comments).
    [Theory]
    [InlineData("postgres", "placed_at::timestamptz", "ship_on::date", "count::bigint", "total::double precision", "gift::boolean", "items::jsonb")]
    [InlineData("redshift", "placed_at::timestamp", "ship_on::date", "count::bigint", "total::double precision", "gift::boolean", "json_parse(items)")]
    [InlineData("snowflake", "placed_at::timestamp_tz", "ship_on::date", "count::bigint", "total::float", "gift::boolean", "try_parse_json(items)")]
    [InlineData("bigquery", "cast(placed_at as timestamp)", "cast(ship_on as date)", "cast(count as int64)", "cast(total as float64)", "cast(gift as bool)", "safe.parse_json(items)")]
    [InlineData("duckdb", "placed_at::timestamptz", "ship_on::date", "count::bigint", "total::double", "gift::boolean", "json(items)")]
    [InlineData("sqlite", "cast(placed_at as text)", "cast(ship_on as text)", "cast(count as integer)", "cast(total as real)", "cast(gift as integer)", "json(items)")]
    public void Cast_true_types_every_column_from_the_schema(string warehouse, params string[] expressions)
    {
        var dialect = WarehouseProviders.For(warehouse).Dialect;
        var sql = Build(dialect, Properties, Raw, cast: true)["models/raw/stg_raw__order_placed.sql"];

        foreach (var (expression, alias) in expressions.Zip(Raw))
        {
            Assert.Contains($"        {expression} as {dialect.Alias(alias)},\n", sql);
        }

        Assert.DoesNotContain("as json)", sql);
    }

    [Fact]
    public void Redshift_quotes_its_own_reserved_words_in_sql_and_in_dbt_tests()
    {
        var dialect = WarehouseProviders.For("redshift").Dialect;
        var files = Build(dialect, Properties, Raw, cast: false);

        Assert.Contains("        \"tag\",\n", files["models/raw/stg_raw__order_placed.sql"]);
        Assert.Contains("        \"timestamp\" as tstamp,\n", files["models/raw/stg_raw__order_placed.sql"]);
        Assert.Contains("      - name: tag\n        description: A Redshift reserved word.\n        data_type: text\n        quote: true\n",
            files["models/raw/_stg_raw__order_placed.yml"]);
        Assert.Contains("        tag,\n", Build(PostgresSqlDialect.Instance, Properties, Raw, cast: false)["models/raw/stg_raw__order_placed.sql"]);
    }

    [Fact]
    public void A_track_property_called_name_is_one_column_with_its_own_description_and_tests()
    {
        var files = Build(PostgresSqlDialect.Instance,
            """{"name": {"type": "string", "enum": ["a", "b"], "description": "Order name."}}""", ["name"], cast: false, required: "name");

        var sql = files["models/raw/stg_raw__order_placed.sql"];
        Assert.Single(sql.Split('\n'), l => l.Trim() == "name,");
        Assert.DoesNotMatch(@"\b_name\b", sql);
        var docs = files["models/raw/_stg_raw__order_placed.yml"];
        Assert.Contains("      - name: name\n        description: Order name.\n", docs);
        Assert.DoesNotContain("page or screen", docs);
    }

    [Fact]
    public void With_a_schema_id_column_each_version_model_keeps_only_its_rows()
    {
        var dialect = PostgresSqlDialect.Instance;
        var v1 = TestSchemas.Event("app/Order_Placed/1-0.json", "Order Placed", """{"total": {"type": "number", "description": "t"}}""");
        var v2 = TestSchemas.Event("app/Order_Placed/2-0.json", "Order Placed", """{"total": {"type": "number", "description": "t"}}""");
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_placed", [.. TestSchemas.Standard, "total", "schema_id"]), ("tracks", TestSchemas.Standard));
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Filter = "where received_at is not null" } };

        var files = DbtPackageBuilder.Build([v1, v2], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        Assert.Contains("        where received_at is not null\n        and schema_id = 'app/Order_Placed/2-0.json'\n", files["models/raw/stg_raw__order_placed__v2_0.sql"]);
        Assert.Contains("        and schema_id = 'app/Order_Placed/1-0.json'\n", files["models/raw/stg_raw__order_placed.sql"]);
        Assert.DoesNotContain("schema_id =", files["models/raw/stg_raw__tracks.sql"]);
    }

    [Fact]
    public async Task DuckDb_reserved_words_cover_the_engines_own_list()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "select keyword_name from duckdb_keywords() where keyword_category in ('reserved', 'type_function') order by 1";
        var keywords = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                keywords.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(keywords);
        Assert.All(keywords, k => Assert.Equal($"\"{k}\"", DuckDbSqlDialect.Instance.Identifier(k)));
    }

    private static IReadOnlyDictionary<string, string> Build(SqlDialect dialect, string properties, string[] raw, bool cast, string? required = null)
    {
        var schema = TestSchemas.Event("app/Order_Placed/1-0.json", "Order Placed", properties);
        if (required is not null)
        {
            var node = System.Text.Json.Nodes.JsonNode.Parse(schema.Document.GetRawText())!;
            node["required"] = new System.Text.Json.Nodes.JsonArray(required);
            schema = new DbtSchemaInput(schema.Id, System.Text.Json.JsonSerializer.SerializeToElement(node));
        }

        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_placed", [.. TestSchemas.Standard, .. raw]), ("tracks", TestSchemas.Standard));
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Cast = cast } };
        return DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;
    }
}
