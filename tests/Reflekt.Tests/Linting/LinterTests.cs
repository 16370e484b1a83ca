using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Projects;

namespace Reflekt.Tests.Linting;

public sealed class LinterTests
{
    [Fact]
    public void The_valid_template_lints_clean()
    {
        var report = LintHarness.Lint(LintHarness.Valid());
        Assert.Empty(report.Diagnostics);
        Assert.Equal(1, report.SchemaCount);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Rule_ids_are_unique_and_stable()
    {
        var ids = LintRuleSet.Default().Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^RK1[0-9]{2}$", id));
    }

    [Fact]
    public void Overrides_change_severity_or_turn_a_rule_off()
    {
        var schema = LintHarness.Valid();
        schema.Properties()["orderId"] = new System.Text.Json.Nodes.JsonObject { ["description"] = "x", ["type"] = "string" };

        var asWarning = LintHarness.Lint(schema, LintHarness.UpstreamConventions with { Rules = new Dictionary<string, LintRuleLevel> { ["RK108"] = LintRuleLevel.Warning } });
        Assert.Equal(Severity.Warning, Assert.Single(asWarning.Findings("RK108")).Severity);

        var off = LintHarness.Lint(schema, LintHarness.UpstreamConventions with { Rules = new Dictionary<string, LintRuleLevel> { ["RK108"] = LintRuleLevel.Off } });
        Assert.Empty(off.Findings("RK108"));
    }

    [Fact]
    public void Opt_in_rules_run_only_when_a_level_is_set()
    {
        var schema = LintHarness.Valid();
        Assert.Empty(LintHarness.Lint(schema).Findings("RK120"));
        var on = LintHarness.Lint(schema, LintHarness.UpstreamConventions with { Rules = new Dictionary<string, LintRuleLevel> { ["RK120"] = LintRuleLevel.Info } });
        Assert.Equal(Severity.Info, Assert.Single(on.Findings("RK120")).Severity);
    }

    [Fact]
    public void Diagnostics_carry_file_line_column_and_pointer()
    {
        var text = """
            {
              "$id": "shop/Order_Completed/1-0.json",
              "self": {"vendor": "com.example", "name": "Order Completed", "format": "jsonschema", "version": "1-0", "metadata": {}},
              "type": "object",
              "properties": {
                "order_id": {"description": "Id.", "type": "string"},
                  "OrderTotal": {"description": "Total.", "type": "number"}
              }
            }
            """;
        var report = LintHarness.Lint([LintHarness.Doc("schemas/shop/Order_Completed/1-0.json", text)]);
        var finding = Assert.Single(report.Findings("RK108"));
        Assert.Equal("schemas/shop/Order_Completed/1-0.json", finding.File);
        Assert.Equal(7, finding.Line);
        Assert.Equal(7, finding.Column);
        Assert.Equal("/properties/OrderTotal", finding.Pointer);
        Assert.Contains("Expected 'order_total'", finding.Message);
    }
}
