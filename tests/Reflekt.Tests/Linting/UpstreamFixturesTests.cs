using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Schemas;
using Reflekt.Projects;
using Reflekt.Linting.NameCasing;
using Reflekt.Testing;

namespace Reflekt.Tests.Linting;

/// <summary>The upstream example project lints clean under its own conventions (spec §2.2, §7).</summary>
public sealed class UpstreamFixturesTests
{
    // The upstream reflekt_project.yml: title events, snake properties, no digits, nothing reserved.
    private static readonly LintOptions UpstreamProject = new()
    {
        Event = new NamingConvention(Casing.Title, false, []),
        Property = new NamingConvention(Casing.Snake, false, []),
        DataTypes = ["string", "integer", "number", "boolean", "object", "array", "any", "null"],
        Vendor = "com.thejaffleshop",
    };

    private static IReadOnlyList<EventSchemaFile> Documents(string projectDir, string folder) =>
        Directory.EnumerateFiles(Path.Combine(projectDir, "schemas", folder), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => LintHarness.Doc(Path.GetRelativePath(projectDir, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    [Theory]
    [InlineData("jaffle_shop", 9)]
    [InlineData("reflekt_cli", 6)]
    public void Upstream_schemas_have_no_errors(string folder, int expectedCount)
    {
        var project = SharedFixtures.Path("fixtures", "reflekt-upstream");
        var report = LintHarness.Lint(Documents(project, folder), UpstreamProject);

        Assert.Equal(expectedCount, report.SchemaCount);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Options_loaded_from_the_upstream_reflekt_project_yml_give_the_same_verdict()
    {
        var directory = SharedFixtures.Path("fixtures", "reflekt-upstream");
        var project = ReflektProject.Load(directory);
        var options = LintOptions.From(project);
        Assert.Equal(Casing.Title, options.Event.Casing);
        Assert.Equal(Casing.Snake, options.Property.Casing);
        Assert.Equal("com.thejaffleshop", options.Vendor);

        var catalog = project.LoadCatalog();
        var rules = LintRuleSet.Default(ProjectMetaSchema.Compile(catalog));
        var report = new Linter(options, rules).Lint(catalog.Schemas, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(15, report.SchemaCount);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.All(report.Diagnostics, d => Assert.Equal("RK117", d.RuleId));
    }

    [Fact]
    public void Jaffle_shop_is_clean_of_warnings_too()
    {
        var project = SharedFixtures.Path("fixtures", "reflekt-upstream");
        var report = LintHarness.Lint(Documents(project, "jaffle_shop"), UpstreamProject);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Reflekt_cli_schemas_are_only_warned_about_their_other_vendor()
    {
        var project = SharedFixtures.Path("fixtures", "reflekt-upstream");
        var report = LintHarness.Lint(Documents(project, "reflekt_cli"), UpstreamProject);
        Assert.All(report.Diagnostics, d => Assert.Equal("RK117", d.RuleId));
    }

    [Fact]
    public void Lint_false_fixture_skips_event_and_property_naming_rules()
    {
        // tests/fixtures/schemas/events/Order_Completed/1-0.json: self.lint false, revenue has lint false.
        var project = SharedFixtures.Path("fixtures", "reflekt-upstream", "tests", "fixtures");
        var text = File.ReadAllText(Path.Combine(project, "schemas", "events", "Order_Completed", "1-0.json"));
        // Same document, but with names that would fail every naming rule if lint: false were ignored.
        var renamed = text.Replace("\"name\": \"Order Completed\"", "\"name\": \"order completed 2\"")
            .Replace("\"revenue\": {", "\"Revenue2\": {");
        var settings = UpstreamProject with { Vendor = "com.reflekt-ci" };
        var report = LintHarness.Lint([LintHarness.Doc("schemas/events/Order_Completed/1-0.json", renamed)], settings);

        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId is "RK103" or "RK104" or "RK105" or "RK106" or "RK107");
        Assert.DoesNotContain(report.Diagnostics, d => d.Pointer == "/properties/Revenue2");
        // The $id (segment/ecommerce/…) is not where the file lives, which lint: false does not excuse.
        Assert.Single(report.Findings("RK114"));
    }
}
