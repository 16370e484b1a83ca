using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Warehouses;

/// <summary>The trace sink sees every statement with its outcome and duration, on success and on failure.</summary>
public sealed class TracedWarehouseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    [Fact]
    public async Task Each_query_is_one_line_with_rows_and_duration_and_a_failure_keeps_its_error()
    {
        var path = Path.Combine(_dir.Path, "w.sqlite");
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
        }

        var lines = new List<string>();
        await using var warehouse = new TracedWarehouse(WarehouseProviders.Connect(new SqliteSource { Id = "lite", Path = path }), lines.Add);
        var ct = TestContext.Current.CancellationToken;

        var rows = await warehouse.QueryAsync("main", "select 1\n  union all select 2", ct);
        await Assert.ThrowsAsync<ReflektException>(() => warehouse.QueryAsync("main", "select * from nowhere", ct));

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, lines.Count);
        Assert.Matches(new Regex(@"^source lite \(sqlite\): query -> 2 rows in \d+ ms: select 1 union all select 2$"), lines[0]);
        Assert.Matches(new Regex(@"^source lite \(sqlite\): query -> failed in \d+ ms: select \* from nowhere: .*nowhere"), lines[1]);
    }
}
