using Microsoft.Data.Sqlite;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Warehouses;

public sealed class SqliteWarehouseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private SqliteSource Source(string file) => new() { Id = "lite", Path = Path.Combine(_dir.Path, file) };

    [Fact]
    public async Task Ping_opens_an_existing_database()
    {
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, "w.sqlite")}"))
        {
            connection.Open();
        }

        await using var warehouse = WarehouseProviders.Connect(Source("w.sqlite"));

        await warehouse.PingAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Missing_file_is_reported_and_not_created()
    {
        await using var warehouse = WarehouseProviders.Connect(Source("missing.sqlite"));

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.Equal($"source 'lite': database file {Path.Combine(_dir.Path, "missing.sqlite")} does not exist", error.Message);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "missing.sqlite")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported()
    {
        _dir.Write("junk.sqlite", new string('x', 4096));
        await using var warehouse = WarehouseProviders.Connect(Source("junk.sqlite"));

        var error = await Assert.ThrowsAsync<ReflektException>(() => warehouse.PingAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("source 'lite' (sqlite:", error.Message);
        Assert.Contains("not a database", error.Message);
    }

    [Fact]
    public void Snowflake_without_key_pair_or_token_is_refused_with_the_reason()
    {
        var source = new SnowflakeSource { Id = "sf", Account = "a", Database = "d", User = "u", Password = new Secret("p") };

        var error = Assert.Throws<ReflektException>(() => WarehouseProviders.Connect(source));

        // Snowflake is reached through its SQL API (dbt branch), which accepts key-pair JWTs and tokens only.
        Assert.Equal("source 'sf': the Snowflake SQL API needs key-pair auth (private_key or private_key_path) or a token; password auth is not supported.", error.Message);
    }
}
