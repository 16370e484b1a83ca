using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Reflection;

/// <summary>Each warehouse reads its own catalog's type names (the names as its information_schema or pg_catalog report them).</summary>
public sealed class TypeNormalizerTests
{
    private static readonly Dictionary<string, TypeNormalizer> Warehouses = new()
    {
        ["ansi"] = TypeNormalizer.Ansi,
        ["postgres"] = PostgresTypes.Instance,
        ["redshift"] = RedshiftTypes.Instance,
        ["snowflake"] = SnowflakeTypes.Instance,
        ["bigquery"] = BigQueryTypes.Instance,
        ["sqlite"] = SqliteTypes.Instance,
        ["duckdb"] = DuckDbTypes.Instance,
    };

    [Theory]
    [InlineData("ansi", "character varying", null, NormalizedType.String)]
    [InlineData("ansi", "VARCHAR(512)", null, NormalizedType.String)]
    [InlineData("ansi", "numeric(10, 2)", null, NormalizedType.Number)]
    [InlineData("ansi", "numeric(10)", null, NormalizedType.Integer)]
    [InlineData("ansi", "numeric", null, NormalizedType.Number)]
    [InlineData("ansi", "double precision", null, NormalizedType.Number)]
    [InlineData("ansi", "timestamp with time zone", null, NormalizedType.Timestamp)]
    [InlineData("ansi", "jsonb", null, NormalizedType.Other)]
    [InlineData("postgres", "text", null, NormalizedType.String)]
    [InlineData("postgres", "jsonb", null, NormalizedType.Json)]
    [InlineData("postgres", "timestamp without time zone", null, NormalizedType.Timestamp)]
    [InlineData("postgres", "text[]", null, NormalizedType.Json)]
    [InlineData("postgres", "int8", null, NormalizedType.Integer)]
    [InlineData("redshift", "SUPER", null, NormalizedType.Json)]
    [InlineData("redshift", "character varying", null, NormalizedType.String)]
    [InlineData("snowflake", "TEXT", null, NormalizedType.String)]
    [InlineData("snowflake", "NUMBER", 0, NormalizedType.Integer)]
    [InlineData("snowflake", "NUMBER", 2, NormalizedType.Number)]
    [InlineData("snowflake", "NUMBER", null, NormalizedType.Integer)]
    [InlineData("snowflake", "NUMBER(38,0)", null, NormalizedType.Integer)]
    [InlineData("snowflake", "TIMESTAMP_TZ", null, NormalizedType.Timestamp)]
    [InlineData("snowflake", "VARIANT", null, NormalizedType.Json)]
    [InlineData("snowflake", "ARRAY", null, NormalizedType.Json)]
    [InlineData("bigquery", "STRING", null, NormalizedType.String)]
    [InlineData("bigquery", "INT64", null, NormalizedType.Integer)]
    [InlineData("bigquery", "FLOAT64", null, NormalizedType.Number)]
    [InlineData("bigquery", "BOOL", null, NormalizedType.Boolean)]
    [InlineData("bigquery", "ARRAY<STRING>", null, NormalizedType.Json)]
    [InlineData("bigquery", "STRUCT<a INT64>", null, NormalizedType.Json)]
    [InlineData("bigquery", "DATETIME", null, NormalizedType.Timestamp)]
    [InlineData("bigquery", "BYTES", null, NormalizedType.Other)]
    [InlineData("sqlite", "TEXT", null, NormalizedType.String)]
    [InlineData("sqlite", "INTEGER", null, NormalizedType.Integer)]
    [InlineData("sqlite", "REAL", null, NormalizedType.Number)]
    [InlineData("sqlite", "DATETIME", null, NormalizedType.Timestamp)]
    [InlineData("duckdb", "VARCHAR", null, NormalizedType.String)]
    [InlineData("duckdb", "HUGEINT", null, NormalizedType.Integer)]
    [InlineData("duckdb", "TIMESTAMP WITH TIME ZONE", null, NormalizedType.Timestamp)]
    [InlineData("duckdb", "STRUCT(a INTEGER)", null, NormalizedType.Json)]
    [InlineData("duckdb", "INTEGER[]", null, NormalizedType.Json)]
    [InlineData("duckdb", "JSON", null, NormalizedType.Json)]
    [InlineData("duckdb", "BOOLEAN", null, NormalizedType.Boolean)]
    public void Each_warehouse_reads_its_own_type_names(string warehouse, string raw, int? scale, NormalizedType expected) =>
        Assert.Equal(expected, Warehouses[warehouse].Normalize(raw, scale));
}
