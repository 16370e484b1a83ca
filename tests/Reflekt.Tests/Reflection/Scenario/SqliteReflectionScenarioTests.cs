using Microsoft.Data.Sqlite;
using Reflekt.Reflection.Sql;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Reflection.Scenario;

/// <summary>The reflection scenario on a SQLite file (schema <c>main</c>).</summary>
public sealed class SqliteReflectionScenarioTests : ReflectionScenario
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "reflekt-lite-" + Guid.NewGuid().ToString("N") + ".db");

    public SqliteReflectionScenarioTests()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString();
        Connection = new DbReflectionConnection(new SqliteReflectionSql(), () => new SqliteConnection(connectionString));
    }

    protected override SourceAddress Source { get; } = new("lite", "events", "main");

    protected override IReflectionConnection Connection { get; }

    protected override string Q(string table) => table;

    protected override async Task ExecAsync(params string[] statements)
    {
        await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    // SQLite cannot alter a column's type: rebuild the table the way SQLite's docs prescribe.
    protected override Task ChangeCartIdToBigintAsync() => ExecAsync(
        "CREATE TABLE cart_viewed_new (id TEXT, received_at TIMESTAMP, cart_id BIGINT)",
        "INSERT INTO cart_viewed_new SELECT id, received_at, CAST(cart_id AS INTEGER) FROM cart_viewed",
        "DROP TABLE cart_viewed",
        "ALTER TABLE cart_viewed_new RENAME TO cart_viewed");

    [Fact]
    public async Task Queries_sent_are_one_catalog_query_plus_one_aggregate_per_claimed_table()
    {
        await CreateTablesAsync();
        await ReflectAsync(T0);

        // 4 claimed tables with received_at → 4 aggregates; unclaimed tables cost nothing beyond the catalog.
        Assert.Equal(5, ((DbReflectionConnection)Connection).QueriesSent);
    }

    [Fact]
    public async Task A_quiet_table_costs_one_latest_event_query_until_a_reflection_knows_its_last_event()
    {
        await CreateTablesAsync();
        await ExecAsync("DELETE FROM checkout_started", "INSERT INTO checkout_started VALUES ('s0', '2026-08-01 10:00:00', 1)");
        var connection = (DbReflectionConnection)Connection;

        await ReflectAsync(T0);
        var first = connection.QueriesSent;
        await ReflectAsync(T0.AddHours(1));

        Assert.Equal(6, first); // catalog + 4 aggregates + the quiet table's latest event
        Assert.Equal(5, connection.QueriesSent - first); // known since the first run: not asked again
    }
}
