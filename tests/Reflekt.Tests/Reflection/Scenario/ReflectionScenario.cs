using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;

namespace Reflekt.Tests.Reflection.Scenario;

/// <summary>
/// The same story on every real warehouse: reflect, inject changes (column added, type changed, table dropped
/// then re-created, an event that stops arriving, a table no schema describes), reflect again, and check the
/// exact findings and revision histories.
/// </summary>
public abstract class ReflectionScenario : IDisposable
{
    protected static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _storeDir = Path.Combine(Path.GetTempPath(), "reflekt-refl-" + Guid.NewGuid().ToString("N"));

    protected abstract SourceAddress Source { get; }

    protected abstract IReflectionConnection Connection { get; }

    /// <summary>Runs DDL/DML statements in order.</summary>
    protected abstract Task ExecAsync(params string[] statements);

    /// <summary>The table as DDL names it (schema-qualified where the warehouse has schemas).</summary>
    protected abstract string Q(string table);

    /// <summary>Changes <c>cart_viewed.cart_id</c> from text to bigint, keeping the rest of the table.</summary>
    protected abstract Task ChangeCartIdToBigintAsync();

    protected ReflectionStore Store => new(_storeDir);

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
        if (Directory.Exists(_storeDir))
        {
            Directory.Delete(_storeDir, recursive: true);
        }
    }

    protected virtual Task CreateTablesAsync() => ExecAsync(
        $"CREATE TABLE {Q("order_completed")} (id TEXT, received_at TIMESTAMP, event TEXT, schema_id TEXT, order_id TEXT, revenue DOUBLE PRECISION)",
        $"CREATE TABLE {Q("cart_viewed")} (id TEXT, received_at TIMESTAMP, cart_id TEXT)",
        $"CREATE TABLE {Q("product_added")} (id TEXT, received_at TIMESTAMP, sku TEXT)",
        $"CREATE TABLE {Q("checkout_started")} (id TEXT, received_at TIMESTAMP, step BIGINT)",
        $"CREATE TABLE {Q("mystery_event")} (id TEXT, received_at TIMESTAMP, mystery TEXT)",
        $"CREATE TABLE {Q("tracks")} (id TEXT, received_at TIMESTAMP, event TEXT)",
        $"INSERT INTO {Q("order_completed")} VALUES ('o1', '2026-10-31 09:00:00', 'order_completed', '{ScenarioSchemas.OrderV1}', 'A', 1.5)",
        $"INSERT INTO {Q("order_completed")} VALUES ('o2', '2026-10-31 10:00:00', 'order_completed', '{ScenarioSchemas.OrderV1}', 'B', 2.5)",
        $"INSERT INTO {Q("order_completed")} VALUES ('o3', '2026-11-01 08:00:00', 'order_completed', '{ScenarioSchemas.OrderV2}', 'C', 3.5)",
        $"INSERT INTO {Q("order_completed")} VALUES ('o4', '2026-11-01 09:00:00', 'order_completed', '{ScenarioSchemas.OrderV2}', 'D', 4.5)",
        $"INSERT INTO {Q("order_completed")} VALUES ('o5', '2026-11-01 10:00:00', 'order_completed', '{ScenarioSchemas.OrderV2}', 'E', 5.5)",
        $"INSERT INTO {Q("order_completed")} VALUES ('old', '2026-08-01 10:00:00', 'order_completed', '{ScenarioSchemas.OrderV1}', 'Z', 0.5)",
        $"INSERT INTO {Q("cart_viewed")} VALUES ('c1', '2026-11-01 11:00:00', '42')",
        $"INSERT INTO {Q("product_added")} VALUES ('p1', '2026-11-01 11:00:00', 'SKU-1')",
        $"INSERT INTO {Q("checkout_started")} VALUES ('s1', '2026-11-01 10:00:00', 1)",
        $"INSERT INTO {Q("mystery_event")} VALUES ('m1', '2026-11-01 10:00:00', 'x')");

    protected async Task<(SourceReflection Reflection, IReadOnlyList<DriftReport> Reports)> ReflectAsync(
        DateTimeOffset at, ReflectionSettings? settings = null)
    {
        var naming = WarehouseNaming.Segment;
        var expectations = ExpectationBuilder.Build(ScenarioSchemas.All, naming);
        var runner = new ReflectionRunner(Connection, Store, settings ?? new ReflectionSettings { RetryBackoff = TimeSpan.FromMilliseconds(50) });
        var result = await runner.RunAsync(Source, [.. expectations.Select(e => new ReflectionTarget(e.Table, e.SchemaId))],
            ExpectationBuilder.NonEventTables(naming), ReflectionScope.WholeSource, at, TestContext.Current.CancellationToken);
        var reports = DriftAnalyzer.Analyze(expectations, result.Claimed, result.Unclaimed,
            ExpectationBuilder.Options(naming, at, TimeSpan.FromHours(24)));
        return (result, reports);
    }

    protected static string[] Rules(IReadOnlyList<DriftReport> reports, string table) =>
        [.. reports.Single(r => r.Table == table).Diagnostics.Select(d => d.RuleId)];

    [Fact]
    public async Task Injected_changes_between_reflections_are_reported_exactly_with_their_revision_history()
    {
        await CreateTablesAsync();

        // Reflection 1: everything is new.
        var (r1, d1) = await ReflectAsync(T0);
        Assert.Equal(["cart_viewed", "checkout_started", "order_completed", "product_added", "mystery_event"], d1.Select(r => r.Table));
        Assert.Equal([DriftRules.DeclaredMissing, DriftRules.VersionSkew], Rules(d1, "order_completed"));
        Assert.Equal(["coupon"], d1.Single(r => r.Table == "order_completed").DeclaredMissing);
        Assert.Empty(Rules(d1, "cart_viewed"));
        Assert.Empty(Rules(d1, "product_added"));
        Assert.Empty(Rules(d1, "checkout_started"));
        Assert.Equal([DriftRules.UnclaimedTable], Rules(d1, "mystery_event"));
        var order1 = r1.Claimed["order_completed"];
        Assert.Equal(1, order1.Revision);
        Assert.Equal(["id", "received_at", "event", "schema_id", "order_id", "revenue"], order1.Columns.Select(c => c.Name));
        Assert.Equal([new DayCount(new DateOnly(2026, 10, 31), 2), new DayCount(new DateOnly(2026, 11, 1), 3)], order1.DayCounts);
        Assert.Equal(5, order1.RowCount);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 9, 0, 0, TimeSpan.Zero), order1.FirstSeen);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), order1.ValidThrough);
        Assert.Equal([new SchemaIdCount(ScenarioSchemas.OrderV1, 2), new SchemaIdCount(ScenarioSchemas.OrderV2, 3)], order1.SchemaIdCounts);
        Assert.Null(r1.Claimed["cart_viewed"].SchemaIdCounts);
        Assert.DoesNotContain(r1.Unclaimed, s => s.Table == "tracks");

        // Changes: a column added, a type changed, a table dropped, checkout_started receives nothing more.
        var t1 = T0.AddDays(2);
        await ExecAsync($"ALTER TABLE {Q("order_completed")} ADD COLUMN coupon TEXT",
            $"INSERT INTO {Q("order_completed")} VALUES ('o6', '2026-11-03 11:00:00', 'order_completed', '{ScenarioSchemas.OrderV2}', 'F', 6.5, 'SAVE10')");
        await ChangeCartIdToBigintAsync();
        await ExecAsync($"INSERT INTO {Q("cart_viewed")} (id, received_at, cart_id) VALUES ('c2', '2026-11-03 11:00:00', 43)",
            $"DROP TABLE {Q("product_added")}");

        var (r2, d2) = await ReflectAsync(t1);
        var order2 = r2.Claimed["order_completed"];
        Assert.Equal(2, order2.Revision);
        var added = order2.History[1];
        Assert.Equal((2, t1), (added.Revision, added.At));
        Assert.Equal(["coupon"], added.Added);
        Assert.Empty(added.Removed);
        Assert.Empty(added.TypeChanges);
        Assert.Null(added.MissingTable);
        Assert.Equal([DriftRules.VersionSkew], Rules(d2, "order_completed"));

        var cart2 = r2.Claimed["cart_viewed"];
        Assert.Equal(2, cart2.Revision);
        var typeChange = Assert.Single(cart2.History[1].TypeChanges);
        Assert.Equal(("cart_id", "text", "bigint"), (typeChange.Column, typeChange.From.ToLowerInvariant(), typeChange.To.ToLowerInvariant()));
        Assert.Empty(cart2.History[1].Added);
        Assert.Equal([DriftRules.TypeMismatch], Rules(d2, "cart_viewed"));

        var product2 = r2.Claimed["product_added"];
        Assert.True(product2.MissingTable);
        Assert.Equal(2, product2.Revision);
        Assert.True(product2.History[1].MissingTable);
        Assert.Equal(["id", "received_at", "sku"], product2.Columns.Select(c => c.Name));
        Assert.Equal([DriftRules.MissingTable], Rules(d2, "product_added"));

        var checkout2 = r2.Claimed["checkout_started"];
        Assert.Equal(1, checkout2.Revision);
        Assert.Equal([DriftRules.Stale], Rules(d2, "checkout_started"));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero), d2.Single(r => r.Table == "checkout_started").ValidThrough);
        Assert.Equal([DriftRules.UnclaimedTable], Rules(d2, "mystery_event"));

        // The dropped table comes back with the same columns.
        await ExecAsync($"CREATE TABLE {Q("product_added")} (id TEXT, received_at TIMESTAMP, sku TEXT)",
            $"INSERT INTO {Q("product_added")} VALUES ('p2', '2026-11-03 12:30:00', 'SKU-2')");
        var t2 = t1.AddHours(2);
        var (r3, d3) = await ReflectAsync(t2);
        var product3 = r3.Claimed["product_added"];
        Assert.False(product3.MissingTable);
        Assert.Equal([1, 2, 3], product3.History.Select(h => h.Revision));
        Assert.Equal([null, true, false], product3.History.Select(h => h.MissingTable));
        Assert.Empty(product3.History[2].Added);
        Assert.Empty(product3.History[2].Removed);
        Assert.Empty(Rules(d3, "product_added"));
        Assert.Equal(2, r3.Claimed["order_completed"].Revision);
        Assert.Equal(2, r3.Claimed["cart_viewed"].Revision);

        // The store holds exactly what the run returned.
        var stored = await Store.LoadAsync(Source.Key, "product_added", TestContext.Current.CancellationToken);
        Assert.Equal(ReflectionStore.Serialize(product3), ReflectionStore.Serialize(stored!));
    }

    [Fact]
    public async Task A_table_quiet_since_before_the_window_reports_when_it_last_had_events()
    {
        await CreateTablesAsync();
        await ExecAsync($"DELETE FROM {Q("checkout_started")}",
            $"INSERT INTO {Q("checkout_started")} VALUES ('s0', '2026-08-01 10:00:00', 1)",
            $"DELETE FROM {Q("cart_viewed")}");

        var (r1, d1) = await ReflectAsync(T0);

        var checkout = r1.Claimed["checkout_started"];
        Assert.Empty(checkout.DayCounts);
        Assert.Null(checkout.FirstSeen);
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero), checkout.ValidThrough);
        Assert.Equal([DriftRules.Stale], Rules(d1, "checkout_started"));
        Assert.Contains("no events since 2026-08-01 10:00:00Z", d1.Single(r => r.Table == "checkout_started").Diagnostics.Single().Message);
        // An empty table has no latest event at all.
        Assert.Null(r1.Claimed["cart_viewed"].ValidThrough);
        Assert.Contains("no events seen", d1.Single(r => r.Table == "cart_viewed").Diagnostics.Single().Message);

        // The next reflection keeps what the store knows instead of asking again.
        var (r2, _) = await ReflectAsync(T0.AddHours(1));
        Assert.Equal(new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero), r2.Claimed["checkout_started"].ValidThrough);
    }
}
