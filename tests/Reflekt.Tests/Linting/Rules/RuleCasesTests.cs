using System.Text.Json.Nodes;
using Reflekt.Linting;
using Reflekt.Projects;
using Reflekt.Linting.NameCasing;

namespace Reflekt.Tests.Linting.Rules;

/// <summary>A failing and a passing schema for every rule of the default set (version rules: VersionRulesTests).</summary>
public sealed class RuleCasesTests
{
    private sealed record Case(Func<JsonObject> Failing, Func<JsonObject> Passing, LintOptions? Settings = null, LintOptions? PassingSettings = null, string? FailingPath = null);

    private static JsonObject With(Action<JsonObject> change, JsonObject? start = null)
    {
        var schema = start ?? LintHarness.Valid();
        change(schema);
        return schema;
    }

    private static JsonObject Prop(string type, string description = "A property.") => new() { ["description"] = description, ["type"] = type };

    private static JsonObject Nested(string childName, JsonObject child) => new()
    {
        ["description"] = "Products.",
        ["type"] = "array",
        ["items"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject { [childName] = child },
        },
    };

    private static readonly LintOptions Upstream = LintHarness.UpstreamConventions;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["RK101"] = new(() => With(s => ((JsonObject)s["self"]!).Remove("format")), () => LintHarness.Valid()),
        ["RK102"] = new(() => With(s => s["$id"] = "shop/Order Completed/1-0.json"), () => LintHarness.Valid()),
        ["RK103"] = new(() => With(s => s["self"]!["name"] = "Order Placed"), () => LintHarness.Valid()),
        ["RK104"] = new(() => With(s => s["self"]!["version"] = "1-1"), () => LintHarness.Valid()),
        ["RK105"] = new(() => LintHarness.Valid("Add to Cart"), () => LintHarness.Valid("Add To Cart")),
        ["RK106"] = new(() => LintHarness.Valid("Step 2 Completed"), () => LintHarness.Valid("Step 2 Completed"),
            PassingSettings: Upstream with { Event = Upstream.Event with { Numbers = true } }),
        ["RK107"] = new(() => LintHarness.Valid("Identify"), () => LintHarness.Valid("Order Completed"),
            Settings: Upstream with { Event = new NamingConvention(Casing.Title, false, ["Identify"]) }),
        ["RK108"] = new(() => With(s => s.Properties()["products"] = Nested("ProductId", Prop("string"))),
            () => With(s => s.Properties()["products"] = Nested("product_id", Prop("string")))),
        ["RK109"] = new(() => With(s => s.Properties()["step2"] = Prop("string")), () => With(s => s.Properties()["step2"] = Prop("string")),
            PassingSettings: Upstream with { Property = Upstream.Property with { Numbers = true } }),
        ["RK110"] = new(() => With(s => s.Properties()["event"] = Prop("string")), () => With(s => s.Properties()["event_name"] = Prop("string")),
            Settings: Upstream with { Property = new NamingConvention(Casing.Snake, false, ["event"]) }),
        ["RK111"] = new(() => With(s => s.Properties()["products"] = Nested("sku", new JsonObject { ["type"] = "string" })),
            () => With(s => s.Properties()["products"] = Nested("sku", Prop("string")))),
        ["RK112"] = new(() => With(s => s.Properties()["coupon"] = new JsonObject { ["description"] = "Coupon." }),
            () => With(s => s.Properties()["coupon"] = Prop("string"))),
        ["RK113"] = new(() => With(s => s.Properties()["paid"] = Prop("boolean")), () => With(s => s.Properties()["paid"] = Prop("string")),
            Settings: Upstream with { DataTypes = ["string", "integer", "number", "array", "object", "null"] }),
        ["RK114"] = new(() => LintHarness.Valid(), () => LintHarness.Valid(), FailingPath: "schemas/shop/Order_Completed_/1-0.json"),
        ["RK115"] = new(() => With(s => s["required"] = new JsonArray("order_id", "orderid")), () => LintHarness.Valid()),
        ["RK116"] = new(
            () => With(s =>
            {
                s.Properties()["address"] = new JsonObject
                {
                    ["description"] = "Address.",
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject { ["city"] = Prop("string") },
                };
                s.Properties()["address_city"] = Prop("string");
            }),
            () => With(s =>
            {
                s.Properties()["address"] = new JsonObject
                {
                    ["description"] = "Address.",
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject { ["city"] = Prop("string") },
                };
                s.Properties()["billing_city"] = Prop("string");
            })),
        ["RK117"] = new(() => With(s => s["self"]!["vendor"] = "com.other"), () => LintHarness.Valid()),
        ["RK118"] = new(() => With(s => s.Properties()["currency"] = new JsonObject { ["description"] = "C.", ["type"] = "string", ["enum"] = new JsonArray("USD", "EUR", "USD") }),
            () => With(s => s.Properties()["currency"] = new JsonObject { ["description"] = "C.", ["type"] = "string", ["enum"] = new JsonArray("USD", "EUR") })),
        ["RK119"] = new(() => With(s => s.Properties()["total"] = new JsonObject { ["description"] = "T.", ["type"] = "number", ["minimum"] = 10, ["maximum"] = 1 }),
            () => With(s => s.Properties()["total"] = new JsonObject { ["description"] = "T.", ["type"] = "number", ["minimum"] = 1, ["maximum"] = 10 })),
        ["RK120"] = new(() => LintHarness.Valid(),
            () => With(s => s.Properties()["order_id"]!["maxLength"] = 64),
            Settings: Upstream with { Rules = new Dictionary<string, LintRuleLevel> { ["RK120"] = LintRuleLevel.Info } }),
        ["RK121"] = new(() => With(s => s.Properties()["order_id"]!["format"] = "datetime"), () => With(s => s.Properties()["order_id"]!["format"] = "date-time")),
        ["RK122"] = new(() => With(s => s["$schema"] = "http://json-schema.org/draft-04/schema#"), () => With(s => s["$schema"] = "https://json-schema.org/draft/2020-12/schema")),
        ["RK123"] = new(() => With(s => s.Properties()["context"] = Prop("object")),
            () => With(s => s.Properties()["context"] = new JsonObject { ["description"] = "C.", ["type"] = "object", ["additionalProperties"] = false })),
    };

    public static TheoryData<string> RuleIds => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Failing_schema_is_reported(string ruleId)
    {
        var @case = Cases[ruleId];
        var report = LintHarness.Lint(@case.Failing(), @case.Settings, @case.FailingPath);
        Assert.NotEmpty(report.Findings(ruleId));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Passing_schema_is_clean(string ruleId)
    {
        var @case = Cases[ruleId];
        var report = LintHarness.Lint(@case.Passing(), @case.PassingSettings ?? @case.Settings);
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Every_default_rule_has_cases()
    {
        var covered = Cases.Keys.Concat(["RK124", "RK125"]).ToHashSet();
        Assert.All(LintRuleSet.Default(), rule => Assert.Contains(rule.Id, covered));
    }
}
