using Reflekt.Warehouses;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Sql;

public sealed class SqlDialectTests
{
    public static TheoryData<string, string, string> Identifiers => new()
    {
        { "postgres", "order_id", "order_id" },
        { "postgres", "timestamp", "timestamp" },
        { "postgres", "select", "\"select\"" },
        { "postgres", "Order_Id", "\"Order_Id\"" },
        { "postgres", "order \"id\"", "\"order \"\"id\"\"\"" },
        { "postgres", "prénom", "\"prénom\"" },
        { "redshift", "order", "\"order\"" },
        { "snowflake", "ORDER_ID", "order_id" },
        { "snowflake", "order_id", "\"order_id\"" },
        { "snowflake", "SELECT", "\"SELECT\"" },
        { "snowflake", "Mixed", "\"Mixed\"" },
        { "bigquery", "order_id", "order_id" },
        { "bigquery", "select", "`select`" },
        { "bigquery", "a`b", "`a\\`b`" },
        { "sqlite", "Order_Id", "\"Order_Id\"" },
        { "sqlite", "order_id", "order_id" },
        { "sqlite", "1st", "\"1st\"" },
        { "ansi", "where", "\"where\"" },
    };

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Identifiers_are_bare_only_when_safe(string dialect, string physical, string expected) =>
        Assert.Equal(expected, Dialect(dialect).Identifier(physical));

    [Theory]
    [InlineData("postgres", "it's", "'it''s'")]
    [InlineData("postgres", "back\\slash", "'back\\slash'")]
    [InlineData("snowflake", "it's \\ ok", "'it''s \\\\ ok'")]
    [InlineData("bigquery", "it's \\ ok\n", "'it\\'s \\\\ ok\\n'")]
    [InlineData("sqlite", "{\"a\": \"O'Brien\"}", "'{\"a\": \"O''Brien\"}'")]
    public void String_literals_are_escaped(string dialect, string value, string expected) =>
        Assert.Equal(expected, Dialect(dialect).StringLiteral(value));

    [Theory]
    [InlineData("postgres", "'track'::varchar")]
    [InlineData("redshift", "'track'::varchar")]
    [InlineData("snowflake", "'track'::varchar")]
    [InlineData("bigquery", "cast('track' as string)")]
    [InlineData("sqlite", "cast('track' as text)")]
    [InlineData("ansi", "cast('track' as varchar)")]
    public void Typed_strings_follow_the_dialect(string dialect, string expected) =>
        Assert.Equal(expected, Dialect(dialect).TypedString("track"));

    [Theory]
    [InlineData("postgres", "jsonb", "double precision")]
    [InlineData("redshift", "super", "double precision")]
    [InlineData("snowflake", "variant", "float")]
    [InlineData("bigquery", "json", "float64")]
    [InlineData("sqlite", "text", "real")]
    public void Types_for_json_schema(string dialect, string json, string number)
    {
        Assert.Equal(json, Dialect(dialect).TypeForJsonSchema("object"));
        Assert.Equal(json, Dialect(dialect).TypeForJsonSchema("array"));
        Assert.Equal(number, Dialect(dialect).TypeForJsonSchema("number"));
        Assert.Null(Dialect(dialect).TypeForJsonSchema("null"));
    }

    [Fact]
    public void Aliases_fold_like_the_warehouse()
    {
        Assert.Equal("event_id", SnowflakeSqlDialect.Instance.Alias("event_id"));
        Assert.Equal("\"ORDER\"", SnowflakeSqlDialect.Instance.Alias("order"));
        Assert.Equal("\"order\"", PostgresSqlDialect.Instance.Alias("order"));
    }

    [Fact]
    public void Relations_quote_each_part()
    {
        Assert.Equal("raw.\"select\"", PostgresSqlDialect.Instance.Relation(null, "raw", "select"));
        Assert.Equal("`my-project`.ds.t", BigQuerySqlDialect.Instance.Relation("my-project", "ds", "t"));
    }

    [Fact]
    public void Capabilities_match_names_as_the_warehouse_stores_them()
    {
        Assert.Equal("order_id", SnowflakeSqlDialect.Instance.Capabilities.MatchKey("ORDER_ID"));
        Assert.Equal("Order_Id", SnowflakeSqlDialect.Instance.Capabilities.MatchKey("Order_Id"));
        Assert.Equal("order_id", BigQuerySqlDialect.Instance.Capabilities.MatchKey("Order_ID"));
        Assert.Equal("Order_Id", PostgresSqlDialect.Instance.Capabilities.MatchKey("Order_Id"));
    }

    [Fact]
    public void Unknown_warehouse_type_is_a_reflekt_error() =>
        Assert.Throws<ReflektException>(() => WarehouseProviders.For("oracle"));

    private static SqlDialect Dialect(string name) => name == "ansi" ? SqlDialect.Ansi : WarehouseProviders.For(name).Dialect;
}
