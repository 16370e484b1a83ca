using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Linting.Rules;

namespace Reflekt.Tests.Linting.Rules;

public sealed class MetaSchemaRuleTests
{
    [Fact]
    public void Missing_self_at_the_root_is_reported_not_crashed_on()
    {
        var schema = LintHarness.Valid();
        schema.Remove("self");

        var finding = Assert.Single(LintHarness.Lint(schema).Findings("RK101"));
        Assert.Equal("", finding.Pointer);
        Assert.Contains("Schema validation error in '(root)'", finding.Message);
        Assert.Contains("self", finding.Message);
    }

    [Fact]
    public void Wrong_version_pattern_points_at_the_version()
    {
        var schema = LintHarness.Valid();
        schema["self"]!["version"] = "1.0";

        var finding = Assert.Single(LintHarness.Lint(schema).Findings("RK101"));
        Assert.Equal("/self/version", finding.Pointer);
        Assert.True(finding.Line > 0);
    }

    [Fact]
    public void A_project_meta_schema_with_extra_requirements_is_used()
    {
        // The README's customisation: every schema must name a code owner in self.metadata.
        var custom = DefaultMetaSchema.Json.Replace(
            "\"metadata\": {},\n                        \"lint\"",
            "\"metadata\": {\"type\": \"object\", \"required\": [\"code_owner\"]},\n                        \"lint\"");
        Assert.NotEqual(DefaultMetaSchema.Json, custom);
        var rules = LintRuleSet.Default(MetaSchemaRule.Compile(custom));

        var schema = LintHarness.Valid();
        var report = new Linter(LintHarness.UpstreamConventions, rules)
            .Lint([LintHarness.Doc(LintHarness.PathOf(schema), schema.ToJsonString())], cancellationToken: TestContext.Current.CancellationToken);

        var finding = Assert.Single(report.Findings("RK101"));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("code_owner", finding.Message);
    }
}
