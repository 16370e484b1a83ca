using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Schemas;
using Reflekt.Projects;

namespace Reflekt.Tests.Linting.Rules;

public sealed class VersionRulesTests
{
    private static EventSchemaFile Doc(JsonObject schema) => LintHarness.Doc(LintHarness.PathOf(schema), schema.ToJsonString());

    [Fact]
    public void Minor_version_with_a_breaking_change_is_an_error_naming_it_and_the_next_major()
    {
        var v10 = LintHarness.Valid();
        var v11 = LintHarness.Valid(version: "1-1");
        v11["required"] = new JsonArray("order_id", "total");

        var report = LintHarness.Lint([Doc(v10), Doc(v11)]);

        var finding = Assert.Single(report.Findings("RK124"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("schemas/shop/Order_Completed/1-1.json", finding.File);
        Assert.Contains("\"total\"", finding.Message);
        Assert.Contains("optional to required", finding.Message);
        Assert.Contains("as 2-0", finding.Message);
    }

    [Fact]
    public void Minor_version_with_only_additions_passes()
    {
        var v10 = LintHarness.Valid();
        var v11 = LintHarness.Valid(version: "1-1");
        v11.Properties()["coupon"] = new JsonObject { ["description"] = "Coupon.", ["type"] = "string" };

        Assert.Empty(LintHarness.Lint([Doc(v10), Doc(v11)]).Diagnostics);
    }

    [Fact]
    public void Next_major_is_proposed_past_the_highest_existing_major()
    {
        var v10 = LintHarness.Valid();
        var v11 = LintHarness.Valid(version: "1-1");
        v11.Properties().Remove("total");
        var v20 = LintHarness.Valid(version: "2-0");
        v20.Properties()["total"]!["type"] = "string";

        var finding = Assert.Single(LintHarness.Lint([Doc(v10), Doc(v11), Doc(v20)]).Findings("RK124"));
        Assert.Contains("as 3-0", finding.Message);
    }

    [Fact]
    public void Major_bump_without_breaking_change_is_a_warning()
    {
        var v10 = LintHarness.Valid();
        var v20 = LintHarness.Valid(version: "2-0");
        v20.Properties()["coupon"] = new JsonObject { ["description"] = "Coupon.", ["type"] = "string" };

        var finding = Assert.Single(LintHarness.Lint([Doc(v10), Doc(v20)]).Findings("RK125"));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("/self/version", finding.Pointer);
    }

    [Fact]
    public void Major_bump_with_a_breaking_change_passes()
    {
        var v10 = LintHarness.Valid();
        var v20 = LintHarness.Valid(version: "2-0");
        v20.Properties()["total"]!["type"] = "string";

        var report = LintHarness.Lint([Doc(v10), Doc(v20)]);
        Assert.Empty(report.Diagnostics);
        _ = JsonSerializer.Serialize(report.SchemaCount);
    }
}
