using Reflekt.Dbt;
using Reflekt.Projects;
using Reflekt.Testing;
using Reflekt.Warehouses;

namespace Reflekt.Tests.Dbt;

/// <summary>
/// Golden SQL of an array-of-objects child model for the cloud warehouses this machine cannot run (PostgreSQL, SQLite and
/// DuckDB execute theirs in <c>ArrayChildExecutionTests</c>). Each dialect-specific line was checked against the docs:
/// <list type="bullet">
/// <item>Snowflake: <c>from source, lateral flatten(input => …) as element</c>
///   https://docs.snowflake.com/en/sql-reference/constructs/join-lateral, <c>element.index</c> (0-based) and
///   <c>element.value</c> https://docs.snowflake.com/en/sql-reference/functions/flatten; <c>try_parse_json</c>
///   https://docs.snowflake.com/en/sql-reference/functions/try_parse_json; <c>value['sku']</c> bracket notation
///   https://docs.snowflake.com/en/user-guide/querying-semistructured#bracket-notation; <c>variant::varchar/bigint/float/boolean</c>
///   https://docs.snowflake.com/en/sql-reference/data-type-conversion; the parent's <c>qualify</c>
///   https://docs.snowflake.com/en/sql-reference/constructs/qualify.</item>
/// <item>BigQuery: <c>cross join unnest(json_query_array(…)) as element with offset as element_offset</c> (0-based)
///   https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#json_query_array and
///   https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#unnest_operator; <c>json_value</c>
///   (a scalar as a string) https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#json_value and
///   <c>json_query</c> (an object as JSON text) https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#json_query,
///   keys double-quoted in the path https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#JSONPath_format;
///   <c>cast(… as int64/float64/bool/timestamp)</c> https://cloud.google.com/bigquery/docs/reference/standard-sql/conversion_functions#cast;
///   <c>safe.parse_json</c> https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#parse_json.</item>
/// <item>Redshift: <c>json_parse</c> of the JSON text in a <c>parsed</c> CTE
///   https://docs.aws.amazon.com/redshift/latest/dg/JSON_PARSE.html, then PartiQL unnesting of that SUPER column
///   <c>from parsed, parsed.products as element at element_index</c> (<c>AT</c> gives the 0-based index)
///   https://docs.aws.amazon.com/redshift/latest/dg/query-super.html ("Unnesting queries"; only recursive CTEs' SUPER
///   columns cannot be unnested, https://docs.aws.amazon.com/redshift/latest/dg/limitations-super.html); dot
///   navigation <c>element.sku</c>, <c>element.size.width</c> (query-super.html, "Navigation"); SUPER scalars cast
///   <c>::varchar/bigint/double precision/boolean/timestamp</c>, date and time types only from SUPER
///   (limitations-super.html, "Casting limitations"); the parent's <c>row_number()</c> subquery
///   https://docs.aws.amazon.com/redshift/latest/dg/r_WF_ROW_NUMBER.html.</item>
/// </list>
/// </summary>
public sealed class ArrayChildGoldenTests
{
    private static IReadOnlyDictionary<string, string> Build(string warehouse)
    {
        var dialect = WarehouseProviders.For(warehouse).Dialect;
        var schema = TestSchemas.Event("app/Cart_Viewed/2-0.json", "Cart Viewed", """
            {"products": {"type": "array", "description": "Products in the cart.",
              "items": {"type": "object", "required": ["sku"], "properties": {
                "sku": {"type": "string", "description": "s"},
                "quantity": {"type": "integer", "description": "q"},
                "price": {"type": "number", "description": "p"},
                "gift": {"type": "boolean", "description": "g"},
                "added_at": {"type": "string", "format": "date-time", "description": "a"},
                "options": {"type": "array", "description": "o"},
                "size": {"type": "object", "properties": {"width": {"type": "number", "description": "w"}}}}}}}
            """);
        var catalog = TestSchemas.Catalog(dialect, "raw", ("cart_viewed", [.. TestSchemas.Standard, "schema_id", "products"]));
        var settings = DbtSettings.Default with { Models = DbtSettings.Default.Models with { Cast = true } };
        return DbtPackageBuilder.Build([schema], TestSchemas.Request(dialect, "raw", settings), catalog).Package.Files;
    }

    [Theory]
    [InlineData("snowflake")]
    [InlineData("bigquery")]
    [InlineData("redshift")]
    public void Child_model_of_an_array_of_objects(string warehouse)
    {
        var files = Build(warehouse);

        Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Dbt", "Golden", warehouse, "stg_raw__cart_viewed__products__v2_0.sql"),
            files["models/raw/stg_raw__cart_viewed__products__v2_0.sql"]);
    }

    [Fact]
    public void Child_model_docs_document_every_column_and_test_the_parent_id()
    {
        var files = Build("snowflake");

        Golden.Assert(Path.Combine("tests", "Reflekt.Tests", "Dbt", "Golden", "snowflake", "_stg_raw__cart_viewed__products__v2_0.yml"),
            files["models/raw/_stg_raw__cart_viewed__products__v2_0.yml"]);
    }
}
