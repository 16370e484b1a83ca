using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Warehouses;

/// <summary>Turns a profile source into its warehouse adapter: one line per source type.</summary>
public static class WarehouseFactory
{
    /// <exception cref="ReflektException">No adapter for the source's type in this build.</exception>
    public static IWarehouse Create(SourceProfile source) => source switch
    {
        PostgresSource postgres => new PostgresWarehouse(postgres),
        RedshiftSource redshift => new PostgresWarehouse(redshift),
        SqliteSource sqlite => new SqliteWarehouse(sqlite),
        SnowflakeSource snowflake => new SnowflakeWarehouse(snowflake),
        BigQuerySource bigquery => new BigQueryWarehouse(bigquery),
        _ => throw new ReflektException($"source '{source.Id}': warehouse type '{source.Type}' has no connector in this build"),
    };
}
