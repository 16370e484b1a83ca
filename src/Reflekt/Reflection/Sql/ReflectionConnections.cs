using Microsoft.Data.Sqlite;
using Npgsql;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Opens a reflection connection for an ADO.NET warehouse from its type and connection string.</summary>
/// <remarks>
/// Snowflake and BigQuery speak HTTP (SQL API v2, REST); their reflection connection comes from the dbt
/// branch's adapters, which run the same <see cref="ReflectionSql"/> text.
/// </remarks>
public static class ReflectionConnections
{
    /// <summary>A connection for <c>postgres</c>, <c>redshift</c> or <c>sqlite</c>.</summary>
    public static DbReflectionConnection Create(string warehouseType, string connectionString)
    {
        var sql = ReflectionSql.For(SqlDialects.For(warehouseType));
        return sql.Dialect.Name switch
        {
            "postgres" or "redshift" => new DbReflectionConnection(sql, () => new NpgsqlConnection(connectionString)),
            "sqlite" => new DbReflectionConnection(sql, () => new SqliteConnection(connectionString)),
            _ => throw new ReflektException($"reflection over '{warehouseType}' needs its HTTP adapter; only postgres, redshift and sqlite connect directly"),
        };
    }
}
