using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Testing;
using Reflekt.Warehouses;

namespace Reflekt.Tests.Dbt;

/// <summary>
/// Golden SQL of one typed, deduplicated, versioned event model per cloud warehouse that this machine cannot run. Each
/// dialect-specific line was checked against that warehouse's documentation:
/// <list type="bullet">
/// <item>Snowflake: <c>qualify</c> https://docs.snowflake.com/en/sql-reference/constructs/qualify;
///   <c>try_parse_json</c> https://docs.snowflake.com/en/sql-reference/functions/try_parse_json;
///   <c>::</c> casts and <c>timestamp_tz</c> https://docs.snowflake.com/en/sql-reference/functions/cast,
///   https://docs.snowflake.com/en/sql-reference/data-types-datetime; reserved words (quoted, upper case)
///   https://docs.snowflake.com/en/sql-reference/reserved-keywords.</item>
/// <item>BigQuery: <c>qualify</c> (with a <c>where</c>) https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#qualify_clause;
///   <c>safe.parse_json</c> https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#parse_json and
///   https://cloud.google.com/bigquery/docs/reference/standard-sql/functions-reference#safe_prefix; <c>cast(… as int64/float64/timestamp/date)</c>
///   https://cloud.google.com/bigquery/docs/reference/standard-sql/conversion_functions#cast; backtick-quoted reserved words
///   https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical#reserved_keywords.</item>
/// <item>Redshift: <c>row_number() over (partition by … order by …)</c> in a subquery (no <c>qualify</c>)
///   https://docs.aws.amazon.com/redshift/latest/dg/r_WF_ROW_NUMBER.html; <c>json_parse</c>
///   https://docs.aws.amazon.com/redshift/latest/dg/JSON_PARSE.html; <c>::</c> casts https://docs.aws.amazon.com/redshift/latest/dg/r_CAST_function.html;
///   quoted reserved words <c>"tag"</c>, <c>"timestamp"</c> https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html.</item>
/// </list>
/// The MAJOR models of a table without <c>schema_id</c> and their union use only <c>is not null</c>, <c>not</c>,
/// <c>union all</c> and <c>cast(null as …)</c>, which each of the three documents (Snowflake
/// https://docs.snowflake.com/en/sql-reference/operators-query, BigQuery
/// https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#union, Redshift
/// https://docs.aws.amazon.com/redshift/latest/dg/r_UNION.html); the <c>ref()</c> is dbt's.
/// </summary>
public sealed class DialectGoldenTests
{
    [Theory]
    [InlineData("snowflake")]
    [InlineData("bigquery")]
    [InlineData("redshift")]
    public void Typed_versioned_deduplicated_model(string warehouse)
    {
        var dialect = WarehouseProviders.For(warehouse).Dialect;
        var schema = TestSchemas.Event("app/Order_Placed/2-0.json", "Order Placed", """
            {"placed_at": {"type": "string", "format": "date-time", "description": "p"},
             "ship_on": {"type": "string", "format": "date", "description": "s"},
             "count": {"type": "integer", "description": "c"},
             "total": {"type": "number", "description": "t"},
             "items": {"type": "array", "description": "i"},
             "tag": {"type": "string", "description": "A Redshift reserved word."},
             "order": {"type": "string", "description": "A reserved word everywhere."}}
            """);
        var catalog = TestSchemas.Catalog(dialect, "raw",
            ("order_placed", [.. TestSchemas.Standard, "schema_id", "placed_at", "ship_on", "count", "total", "items", "tag", "order"]));
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Cast = true } };

        var files = DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Dbt", "Golden", warehouse, "stg_raw__order_placed__v2_0.sql"),
            files["models/raw/stg_raw__order_placed__v2_0.sql"]);
    }

    [Theory]
    [InlineData("snowflake")]
    [InlineData("bigquery")]
    [InlineData("redshift")]
    public void Majors_without_schema_id_and_their_union(string warehouse)
    {
        var dialect = WarehouseProviders.For(warehouse).Dialect;
        var v1 = TestSchemas.Event("app/Order_Placed/1-0.json", "Order Placed", """
            {"total": {"type": "number", "description": "t"}, "tag": {"type": "string", "description": "A Redshift reserved word."}}
            """);
        var v2 = TestSchemas.Event("app/Order_Placed/2-0.json", "Order Placed", """
            {"total": {"type": "number", "description": "t"}, "currency": {"type": "string", "description": "c"}}
            """, required: """["currency"]""");
        var catalog = TestSchemas.Catalog(dialect, "raw", ("order_placed", [.. TestSchemas.Standard, "total", "tag", "currency"]));
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Cast = true } };

        var files = DbtPackageBuilder.Build([v1, v2], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;

        foreach (var model in new[] { "stg_raw__order_placed", "stg_raw__order_placed__v1" })
        {
            Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Dbt", "Golden", warehouse, model + ".sql"), files[$"models/raw/{model}.sql"]);
        }
    }
}
