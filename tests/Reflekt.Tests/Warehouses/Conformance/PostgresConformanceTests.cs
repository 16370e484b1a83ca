using Npgsql;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>The conformance suite on a throwaway PostgreSQL 15 cluster.</summary>
public sealed class PostgresConformanceTests(PostgresCluster cluster) : WarehouseConformance, IClassFixture<PostgresCluster>
{
    private string _database = "";

    protected override SourceAddress Address => new("pg", _database, "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        cluster.EnsureAvailable();
        _database = await PostgresConformanceLoader.LoadAsync(cluster, "conf_pg_", []);
        return WarehouseProviders.Connect(new PostgresSource { Id = "pg", Host = cluster.Host, Port = cluster.Port, Database = _database, User = cluster.User });
    }
}

/// <summary>Creates a database on the cluster holding <see cref="ConformanceData"/> in schema <c>segment</c>.</summary>
internal static class PostgresConformanceLoader
{
    public static async Task<string> LoadAsync(PostgresCluster cluster, string prefix, IEnumerable<string> extra)
    {
        var database = await cluster.CreateDatabaseAsync(prefix + Guid.NewGuid().ToString("N")[..8], TestContext.Current.CancellationToken);
        var dialect = PostgresSqlDialect.Instance;
        await using var connection = new NpgsqlConnection($"Host={cluster.Host};Port={cluster.Port};Username={cluster.User};Database={database};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var statements = new[] { "create schema segment" }
            .Concat(ConformanceData.Sql(dialect, t => $"segment.{dialect.Identifier(t)}", Types))
            .Concat(extra);
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return database;
    }

    private static string Types(NormalizedType type) => type switch
    {
        NormalizedType.Integer => "bigint",
        NormalizedType.Number => "double precision",
        NormalizedType.Timestamp => "timestamptz",
        _ => "text",
    };
}
