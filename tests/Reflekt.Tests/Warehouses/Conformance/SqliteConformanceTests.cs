using Microsoft.Data.Sqlite;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Warehouses.Conformance;

/// <summary>The conformance suite on a SQLite file: <c>warehouse/segment.db</c> is address <c>lite.warehouse.segment</c>.</summary>
public sealed class SqliteConformanceTests : WarehouseConformance
{
    private readonly TempDirectory _dir = new();

    protected override SourceAddress Address { get; } = new("lite", "warehouse", "segment");

    protected override async Task<IWarehouse> ArrangeAsync()
    {
        var file = Path.Combine(_dir.Path, "warehouse", "segment.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            foreach (var sql in ConformanceData.Sql(SqliteSqlDialect.Instance, SqliteSqlDialect.Instance.Identifier, Types))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        return WarehouseProviders.Connect(new SqliteSource { Id = "lite", Path = file });
    }

    protected override ValueTask CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    // The declared types CDP loaders write into SQLite; SQLite keeps them as written for the catalog to read.
    private static string Types(NormalizedType type) => type switch
    {
        NormalizedType.Integer => "BIGINT",
        NormalizedType.Number => "DOUBLE PRECISION",
        NormalizedType.Timestamp => "TIMESTAMP",
        _ => "TEXT",
    };
}
