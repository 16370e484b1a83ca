using Npgsql;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Sql;
using Reflekt.Testing;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Postgres;

namespace Reflekt.Tests.Reflection.Scenario;

/// <summary>The reflection scenario on a throwaway PostgreSQL cluster, plus a query that times out.</summary>
public sealed class PostgresReflectionScenarioTests : ReflectionScenario, IClassFixture<PostgresCluster>
{
    private readonly PostgresCluster _postgres;
    private readonly string _schema = "seg_" + Guid.NewGuid().ToString("N")[..8];
    private readonly NpgsqlDataSource _dataSource = null!;

    public PostgresReflectionScenarioTests(PostgresCluster postgres)
    {
        _postgres = postgres;
        postgres.EnsureAvailable();

        _dataSource = NpgsqlDataSource.Create(postgres.ConnectionString);
        Source = new SourceAddress("pg", "postgres", _schema);
        Connection = new DbReflectionConnection(new PostgresReflectionSql(), _dataSource.CreateConnection);
    }

    protected override SourceAddress Source { get; }

    protected override IReflectionConnection Connection { get; }

    protected override string Q(string table) => $"{_schema}.{table}";

    protected override async Task ExecAsync(params string[] statements)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    protected override async Task CreateTablesAsync()
    {
        await ExecAsync($"CREATE SCHEMA {_schema}");
        await base.CreateTablesAsync();
    }

    public override void Dispose()
    {
        _dataSource?.Dispose();
        base.Dispose();
    }

    protected override Task ChangeCartIdToBigintAsync() =>
        ExecAsync($"ALTER TABLE {Q("cart_viewed")} ALTER COLUMN cart_id TYPE BIGINT USING cart_id::bigint");

    [Fact]
    public async Task A_table_whose_query_times_out_is_recorded_as_an_error_and_the_others_are_reflected()
    {
        await CreateTablesAsync();
        var (first, _) = await ReflectAsync(T0);

        // Hold an exclusive lock: the aggregate on checkout_started blocks, the catalog query does not.
        await using var locker = await _dataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var transaction = await locker.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"LOCK TABLE {Q("checkout_started")} IN ACCESS EXCLUSIVE MODE", locker, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var settings = new ReflectionSettings { TableTimeout = TimeSpan.FromSeconds(1), Retries = 1, RetryBackoff = TimeSpan.FromMilliseconds(100) };
        var (second, reports) = await ReflectAsync(T0.AddHours(1), settings);
        await transaction.RollbackAsync(TestContext.Current.CancellationToken);

        var failed = second.Claimed["checkout_started"];
        Assert.Equal("timed out after 1s (after 2 attempts)", failed.LastError);
        Assert.Equal(T0, failed.ReflectedAt);
        Assert.Equal(T0.AddHours(1), failed.LastAttemptAt);
        Assert.Equal(first.Claimed["checkout_started"].Revision, failed.Revision);
        Assert.Equal(first.Claimed["checkout_started"].DayCounts, failed.DayCounts);
        Assert.Equal([DriftRules.ReflectionError], Rules(reports, "checkout_started"));
        Assert.Equal("checkout_started: reflection failed: timed out after 1s (after 2 attempts)", reports.Single(r => r.Table == "checkout_started").Diagnostics[0].Message);
        Assert.All(second.Claimed.Values.Where(s => s.Table != "checkout_started"), s =>
        {
            Assert.Null(s.LastError);
            Assert.Equal(T0.AddHours(1), s.ReflectedAt);
        });

        // Once the lock is gone the next reflection succeeds and clears the error.
        var (third, _) = await ReflectAsync(T0.AddHours(2));
        Assert.Null(third.Claimed["checkout_started"].LastError);
        Assert.Equal(T0.AddHours(2), third.Claimed["checkout_started"].ReflectedAt);
    }

    [Fact]
    public async Task A_failed_catalog_query_fails_the_run_with_a_readable_error()
    {
        var broken = new DbReflectionConnection(new PostgresReflectionSql(),
            () => new NpgsqlConnection(_postgres.ConnectionString.Replace("Database=postgres", "Database=no_such_db", StringComparison.Ordinal)));
        var runner = new ReflectionRunner(broken, Store, new ReflectionSettings { Retries = 0 });

        var e = await Assert.ThrowsAsync<ReflektException>(() =>
            runner.RunAsync(Source, [new ReflectionTarget("order_completed", null)], new HashSet<string>(), ReflectionScope.WholeSource, T0, TestContext.Current.CancellationToken));
        Assert.Contains("no_such_db", e.Message);
    }
}
