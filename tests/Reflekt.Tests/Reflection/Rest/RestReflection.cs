using System.Text.Json;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Schemas.Naming;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Tests.Reflection.Rest;

/// <summary>
/// The small source both REST stand-in tests reflect: order_completed (with schema_id, two versions, a column
/// the latest version declares missing, an undeclared one), cart_viewed (number where the schema says string),
/// product_added (missing) and an unclaimed mystery_event, all at <see cref="At"/>.
/// </summary>
internal static class RestReflection
{
    public const string OrderV1 = "seg/Order_Completed/1-0.json";
    public const string OrderV2 = "seg/Order_Completed/2-0.json";

    public static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    // Days since 1970-01-01 and epoch seconds, computed independently of the code under test.
    public const string Oct31 = "20757";
    public const string Nov1 = "20758";
    public const long Oct31At0900 = 1793437200;
    public const long Oct31At1030 = 1793442600;
    public const long Nov1At0800 = 1793520000;
    public const long Nov1At1000 = 1793527200;
    public const long Nov1At1115 = 1793531700;
    public const long Aug1At1000 = 1785578400;

    public static IReadOnlyList<SchemaVersionInput> Schemas { get; } =
    [
        Version(OrderV1, "Order Completed", """{"order_id": {"type": "string"}, "revenue": {"type": "number"}}"""),
        Version(OrderV2, "Order Completed", """{"order_id": {"type": "string"}, "revenue": {"type": "number"}, "coupon": {"type": ["string", "null"]}}"""),
        Version("seg/Cart_Viewed/1-0.json", "Cart Viewed", """{"cart_id": {"type": "string"}}"""),
        Version("seg/Product_Added/1-0.json", "Product Added", """{"sku": {"type": "string"}}"""),
    ];

    /// <summary>Reflects the schemas through <paramref name="connection"/> into a fresh store and analyses drift.</summary>
    public static async Task<(SourceReflection Reflection, IReadOnlyList<DriftReport> Reports)> RunAsync(IReflectionConnection connection, SourceAddress source)
    {
        var store = Path.Combine(Path.GetTempPath(), "reflekt-rest-" + Guid.NewGuid().ToString("N"));
        try
        {
            var naming = WarehouseNaming.Segment;
            var expectations = ExpectationBuilder.Build(Schemas, naming);
            var runner = new ReflectionRunner(connection, new ReflectionStore(store), new ReflectionSettings { Retries = 0 });
            var result = await runner.RunAsync(source, [.. expectations.Select(e => new ReflectionTarget(e.Table, e.SchemaId))],
                ExpectationBuilder.NonEventTables(naming), ReflectionScope.WholeSource, At, TestContext.Current.CancellationToken);
            var reports = DriftAnalyzer.Analyze(expectations, result.Claimed, result.Unclaimed,
                ExpectationBuilder.Options(naming, At, TimeSpan.FromHours(24), connection.Sql.Dialect));
            return (result, reports);
        }
        finally
        {
            if (Directory.Exists(store))
            {
                Directory.Delete(store, recursive: true);
            }
        }
    }

    public static DateTimeOffset Utc(long epochSeconds, double fraction = 0) => DateTimeOffset.FromUnixTimeSeconds(epochSeconds).AddSeconds(fraction);

    /// <summary>What both warehouses must yield for the canned data (names compared case-insensitively).</summary>
    public static void AssertFindings(SourceReflection reflection, IReadOnlyList<DriftReport> reports)
    {
        Assert.All(reflection.Claimed.Values, s => Assert.Null(s.LastError));

        var order = reflection.Claimed["order_completed"];
        Assert.False(order.MissingTable);
        Assert.Equal(
            [new DayCount(new DateOnly(2026, 10, 31), 2), new DayCount(new DateOnly(2026, 11, 1), 5)],
            order.DayCounts);
        Assert.Equal(7, order.RowCount);
        Assert.Equal(Utc(Oct31At0900, 0.5), order.FirstSeen);
        Assert.Equal(Utc(Nov1At1115, 0.25), order.ValidThrough);
        Assert.Equal([new SchemaIdCount(null, 1), new SchemaIdCount(OrderV1, 3), new SchemaIdCount(OrderV2, 3)], order.SchemaIdCounts);

        var cart = reflection.Claimed["cart_viewed"];
        Assert.Equal([new DayCount(new DateOnly(2026, 11, 1), 2)], cart.DayCounts);
        Assert.Equal(Utc(Nov1At1000), cart.FirstSeen);
        Assert.Equal(Utc(Nov1At1115), cart.ValidThrough);
        Assert.Null(cart.SchemaIdCounts);

        var product = reflection.Claimed["product_added"];
        Assert.True(product.MissingTable);
        Assert.Empty(product.Columns);
        Assert.Empty(product.DayCounts);

        Assert.Equal("mystery_event", Assert.Single(reflection.Unclaimed).Table, ignoreCase: true);

        Assert.Equal(["cart_viewed", "order_completed", "product_added", "mystery_event"], reports.Select(r => r.Table.ToLowerInvariant()));
        var orderReport = reports.Single(r => r.Table == "order_completed");
        Assert.Equal(OrderV2, orderReport.SchemaId);
        Assert.Equal(["coupon"], orderReport.DeclaredMissing);
        Assert.Equal(["legacy_flag"], orderReport.Undeclared.Select(c => c.ToLowerInvariant()));
        Assert.Empty(orderReport.TypeMismatches);
        Assert.Equal(
            [(null, 1L, false), (OrderV1, 3L, true), (OrderV2, 3L, false)],
            orderReport.VersionSkew.Select(v => (v.SchemaId, v.Rows, v.Outdated)));
        Assert.Equal(
            [DriftRules.DeclaredMissing, DriftRules.UndeclaredColumn, DriftRules.VersionSkew],
            orderReport.Diagnostics.Select(d => d.RuleId));
        Assert.False(orderReport.Stale);

        var cartReport = reports.Single(r => r.Table == "cart_viewed");
        var mismatch = Assert.Single(cartReport.TypeMismatches);
        Assert.Equal(("cart_id", "string", NormalizedType.Integer), (mismatch.Column.ToLowerInvariant(), mismatch.Expected, mismatch.NormalizedType));
        Assert.Equal([DriftRules.TypeMismatch], cartReport.Diagnostics.Select(d => d.RuleId));

        Assert.Equal([DriftRules.MissingTable], reports.Single(r => r.Table == "product_added").Diagnostics.Select(d => d.RuleId));
        Assert.Equal([DriftRules.UnclaimedTable], reports.Single(r => r.Table.Equals("mystery_event", StringComparison.OrdinalIgnoreCase)).Diagnostics.Select(d => d.RuleId));
    }

    private static SchemaVersionInput Version(string id, string name, string properties) =>
        new(id, "schemas/" + id, name,
            JsonDocument.Parse($$"""{"$id": "{{id}}", "type": "object", "properties": {{properties}}}""").RootElement.Clone());
}
