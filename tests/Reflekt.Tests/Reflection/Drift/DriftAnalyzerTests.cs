using Reflekt.Diagnostics;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Warehouses.Sql;
using static Reflekt.Tests.Reflection.ReflectionFacts;

namespace Reflekt.Tests.Reflection.Drift;

public sealed class DriftAnalyzerTests
{
    private const string Source = "wh.db.seg";
    private const string Latest = "seg/Order_Completed/2-0.json";

    private static readonly DriftOptions Options = new(
        T0, TimeSpan.FromHours(24),
        new HashSet<string> { "id", "received_at", "timestamp", "event", "event_text", "schema_id" },
        ["context_"]);

    private static readonly EventExpectation Expectation = new(
        Latest,
        "schemas/seg/Order_Completed/2-0.json",
        "order_completed",
        [
            new ExpectedColumn("order_id", "/properties/order_id", ["string"]),
            new ExpectedColumn("revenue", "/properties/revenue", ["number"]),
            new ExpectedColumn("product_sku", "/properties/product/properties/sku", ["string"]),
        ],
        [
            new ExpectedColumn("order_id", "/properties/order_id", ["string"]),
            new ExpectedColumn("coupon", "/properties/coupon", ["string", "null"]),
        ]);

    private static ReflectionSnapshot Snapshot(TableReflection observed) =>
        RevisionTracker.Apply(null, Source, Latest, observed, T0);

    private static IReadOnlyList<DriftReport> Analyze(ReflectionSnapshot snapshot, params ReflectionSnapshot[] unclaimed) =>
        DriftAnalyzer.Analyze([Expectation], new Dictionary<string, ReflectionSnapshot> { [snapshot.Table] = snapshot }, unclaimed, Options);

    [Fact]
    public void A_table_that_matches_its_schema_has_no_findings()
    {
        var s = Snapshot(Seen("order_completed", Col("id", "text", 1), Col("received_at", "timestamp", 2),
            Col("order_id", "text", 3), Col("revenue", "double precision", 4), Col("product_sku", "varchar(512)", 5),
            Col("coupon", "text", 6), Col("context_ip", "text", 7)));

        var report = Assert.Single(Analyze(s));
        Assert.Empty(report.Diagnostics);
        Assert.Equal("2-0", report.Version);
        Assert.False(report.Stale);
    }

    [Fact]
    public void Reports_declared_missing_undeclared_and_type_mismatch_with_stable_ids()
    {
        var s = Snapshot(Seen("order_completed", Col("id", "text", 1), Col("received_at", "timestamp", 2),
            Col("order_id", "text", 3), Col("revenue", "bigint", 4), Col("surprise", "text", 5), Col("coupon", "text", 6)));

        var report = Assert.Single(Analyze(s));

        Assert.Equal(["product_sku"], report.DeclaredMissing);
        Assert.Equal(["surprise"], report.Undeclared);
        Assert.Equal([new TypeMismatch("revenue", "number", "bigint", NormalizedType.Integer)], report.TypeMismatches);
        Assert.Equal(
            [
                (DriftRules.TypeMismatch, Severity.Error, "/properties/revenue"),
                (DriftRules.DeclaredMissing, Severity.Warning, "/properties/product/properties/sku"),
                (DriftRules.UndeclaredColumn, Severity.Warning, (string?)null),
            ],
            report.Diagnostics.Select(d => (d.RuleId, d.Severity, d.Pointer)));
        Assert.Equal("order_completed: column revenue is bigint (integer) but the schema says number", report.Diagnostics[0].Message);
        Assert.All(report.Diagnostics, d => Assert.Equal("schemas/seg/Order_Completed/2-0.json", d.File));
    }

    [Fact]
    public void Rows_from_an_older_major_are_version_skew()
    {
        var s = Snapshot(Seen("order_completed", Col("received_at", "timestamp", 1), Col("order_id", "text", 2),
            Col("revenue", "float8", 3), Col("product_sku", "text", 4), Col("schema_id", "text", 5)) with
        {
            SchemaIdCounts = [new SchemaIdCount("seg/Order_Completed/1-0.json", 1), new SchemaIdCount(Latest, 3)],
        });

        var report = Assert.Single(Analyze(s));

        Assert.Equal(
            [new VersionShare("seg/Order_Completed/1-0.json", 1, 0.25, true), new VersionShare(Latest, 3, 0.75, false)],
            report.VersionSkew);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(DriftRules.VersionSkew, d.RuleId);
        Assert.Equal("order_completed: 1 rows (25.0 %) in the window carry seg/Order_Completed/1-0.json, older than " + Latest, d.Message);
    }

    [Fact]
    public void No_event_within_stale_after_is_stale_and_never_received_is_stale_too()
    {
        var columns = new[] { Col("received_at", "timestamp", 1), Col("order_id", "text", 2), Col("revenue", "real", 3), Col("product_sku", "text", 4) };
        var old = Snapshot(new TableReflection("order_completed", true, columns, [], T0.AddDays(-3), T0.AddHours(-25), null));
        var never = Snapshot(new TableReflection("order_completed", true, columns, [], null, null, null));
        var fresh = Snapshot(new TableReflection("order_completed", true, columns, [], null, T0.AddHours(-23), null));

        var staleReport = Assert.Single(Analyze(old));
        Assert.True(staleReport.Stale);
        var d = Assert.Single(staleReport.Diagnostics);
        Assert.Equal((DriftRules.Stale, Severity.Error), (d.RuleId, d.Severity));
        Assert.Equal("order_completed: no events since 2026-10-31 11:00:00Z (stale after 1d)", d.Message);
        Assert.Equal(DriftCategory.Stale, DriftRules.CategoryOf(d.RuleId));
        Assert.Equal("order_completed: no events seen by any reflection (stale after 1d)", Assert.Single(Analyze(never)[0].Diagnostics).Message);
        Assert.Empty(Analyze(fresh)[0].Diagnostics);
    }

    [Fact]
    public void A_missing_table_an_unreflected_table_and_a_failed_reflection_each_give_one_finding()
    {
        var gone = RevisionTracker.Apply(Snapshot(Seen("order_completed", Col("order_id", "text", 1))), Source, Latest,
            TableReflection.Missing("order_completed"), T0.AddHours(1));
        var failed = RevisionTracker.Fail(null, Source, Latest, "order_completed", "timed out after 2s", T0);

        Assert.Equal(DriftRules.MissingTable, Assert.Single(Analyze(gone)[0].Diagnostics).RuleId);
        Assert.True(Analyze(gone)[0].MissingTable);
        var notReflected = DriftAnalyzer.Analyze([Expectation], new Dictionary<string, ReflectionSnapshot>(), [], Options);
        Assert.Equal(DriftRules.MissingTable, Assert.Single(notReflected[0].Diagnostics).RuleId);
        var error = Assert.Single(Analyze(failed)[0].Diagnostics);
        Assert.Equal((DriftRules.ReflectionError, "order_completed: reflection failed: timed out after 2s"), (error.RuleId, error.Message));
        Assert.Equal(DriftCategory.Error, DriftRules.CategoryOf(error.RuleId));
    }

    [Fact]
    public void An_event_table_no_schema_describes_is_reported_after_the_claimed_ones()
    {
        var claimed = Snapshot(Seen("order_completed", Col("order_id", "text", 1), Col("revenue", "float8", 2), Col("product_sku", "text", 3)));
        var orphan = RevisionTracker.Apply(null, Source, null, Seen("cart_abandoned", Col("id", "text", 1), Col("cart_id", "text", 2)), T0);

        var reports = Analyze(claimed, orphan);

        Assert.Equal(["order_completed", "cart_abandoned"], reports.Select(r => r.Table));
        Assert.Null(reports[1].SchemaId);
        Assert.Equal(["cart_id"], reports[1].Undeclared);
        var d = Assert.Single(reports[1].Diagnostics);
        Assert.Equal((DriftRules.UnclaimedTable, "cart_abandoned: event table described by no schema"), (d.RuleId, d.Message));
    }

    [Fact]
    public void Snowflake_upper_case_columns_match_lower_case_expectations()
    {
        var s = Snapshot(Seen("ORDER_COMPLETED", Col("ORDER_ID", "TEXT", 1), Col("REVENUE", "FLOAT", 2), Col("PRODUCT_SKU", "TEXT", 3),
            Col("RECEIVED_AT", "TIMESTAMP_TZ", 4), Col("CONTEXT_IP", "TEXT", 5)));
        var reports = DriftAnalyzer.Analyze([Expectation],
            new Dictionary<string, ReflectionSnapshot>(StringComparer.OrdinalIgnoreCase) { ["ORDER_COMPLETED"] = s }, [], Options);

        Assert.Empty(reports[0].Diagnostics);
    }

    [Theory]
    [InlineData("string", null, NormalizedType.Timestamp, true)]
    [InlineData("string", "date-time", NormalizedType.Json, false)]
    [InlineData("integer", null, NormalizedType.Number, true)]
    [InlineData("integer", null, NormalizedType.String, false)]
    [InlineData("number", null, NormalizedType.Integer, false)]
    [InlineData("boolean", null, NormalizedType.String, false)]
    [InlineData("array", null, NormalizedType.String, true)]
    [InlineData("array", null, NormalizedType.Integer, false)]
    public void Type_compatibility_follows_how_loaders_type_columns(string jsonType, string? format, NormalizedType actual, bool fits) =>
        Assert.Equal(fits, TypeCompatibility.Fits([jsonType], format, actual));
}
