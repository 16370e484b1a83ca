using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sqlite;
namespace Reflekt.Warehouses.Sql;

/// <summary>The one place that maps a profile source type to its dialect.</summary>
public static class SqlDialects
{
    /// <summary>The dialect for a source <c>type</c> (<c>postgres</c>, <c>redshift</c>, <c>sqlite</c>, <c>snowflake</c>, <c>bigquery</c>).</summary>
    public static SqlDialect For(string warehouseType) => warehouseType.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => PostgresSqlDialect.Instance,
        "redshift" => RedshiftSqlDialect.Instance,
        "sqlite" => SqliteSqlDialect.Instance,
        "snowflake" => SnowflakeSqlDialect.Instance,
        "bigquery" => BigQuerySqlDialect.Instance,
        _ => throw new ReflektException($"Unsupported warehouse type '{warehouseType}': expected postgres, redshift, sqlite, snowflake or bigquery."),
    };
}
