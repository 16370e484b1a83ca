using System.Runtime.CompilerServices;
using Reflekt.Reflection.Sql;
using Reflekt.Warehouses;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Reflection.Sql;

/// <summary>Pins the exact reflection SQL per dialect; a change must be a reviewed change of the golden file.</summary>
public sealed class GoldenSqlTests
{
    private static readonly DateOnly Since = new(2026, 10, 3);

    public static TheoryData<string, ReflectionSql, SourceAddress> Dialects => new()
    {
        { "snowflake", new SnowflakeReflectionSql(), new SourceAddress("snow", "analytics", "jaffle_shop_segment") },
        { "bigquery", new BigQueryReflectionSql(), new SourceAddress("bq", "my-project", "jaffle_shop_segment") },
        { "postgres", new PostgresReflectionSql(), new SourceAddress("pg", "warehouse", "jaffle_shop_segment") },
        { "redshift", new RedshiftReflectionSql(), new SourceAddress("rs", "dev", "jaffle_shop_segment") },
        { "sqlite", new SqliteReflectionSql(), new SourceAddress("lite", "events", "main") },
    };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Catalog_query(string name, ReflectionSql sql, SourceAddress source) =>
        AssertGolden($"{name}-catalog.sql", sql.CatalogQuery(source));

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Day_aggregate_with_schema_id(string name, ReflectionSql sql, SourceAddress source)
    {
        var (table, receivedAt, schemaId) = name == "snowflake"
            ? ("ORDER_COMPLETED", "RECEIVED_AT", "SCHEMA_ID")
            : ("order_completed", "received_at", "schema_id");
        AssertGolden($"{name}-aggregate.sql", sql.DayAggregate(source, table, receivedAt, schemaId, Since));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Day_aggregate_without_schema_id(string name, ReflectionSql sql, SourceAddress source)
    {
        var (table, receivedAt) = name == "snowflake" ? ("CART_VIEWED", "RECEIVED_AT") : ("cart_viewed", "received_at");
        AssertGolden($"{name}-aggregate-no-schema-id.sql", sql.DayAggregate(source, table, receivedAt, null, Since));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Latest_event_of_a_quiet_table(string name, ReflectionSql sql, SourceAddress source)
    {
        var (table, receivedAt) = name == "snowflake" ? ("CHECKOUT_STARTED", "RECEIVED_AT") : ("checkout_started", "received_at");
        AssertGolden($"{name}-latest-event.sql", sql.LatestEvent(source, table, receivedAt));
    }

    [Fact]
    public void Each_dialect_gets_its_own_queries_through_the_dbt_dialect()
    {
        Assert.IsType<SnowflakeReflectionSql>(WarehouseProviders.For("snowflake").Queries);
        Assert.IsType<RedshiftReflectionSql>(WarehouseProviders.For("redshift").Queries);
        Assert.Contains("\"we\"\"ird\"", new PostgresReflectionSql().DayAggregate(new SourceAddress("a", "b", "c"), "we\"ird", "received_at", null, Since));
        Assert.Contains("`it's`.INFORMATION_SCHEMA.COLUMNS", new BigQueryReflectionSql().CatalogQuery(new SourceAddress("a", "p", "it's")));
    }

    private static void AssertGolden(string file, string actual, [CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, "Golden", file);
        Assert.True(File.Exists(path), $"golden file {path} is missing; actual SQL:\n{actual}");
        Assert.Equal(File.ReadAllText(path).TrimEnd('\n'), actual);
    }
}
