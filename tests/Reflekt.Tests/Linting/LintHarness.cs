using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Linting.Casing;

namespace Reflekt.Tests.Linting;

/// <summary>Builds small schemas and lints them with the default rule set.</summary>
internal static class LintHarness
{
    public static readonly LintSettings UpstreamConventions = new()
    {
        Event = new NameConvention(CaseStyle.Title, false, []),
        Property = new NameConvention(CaseStyle.Snake, false, []),
        Vendor = "com.example",
    };

    /// <summary>A schema that passes every default rule under <see cref="UpstreamConventions"/>.</summary>
    public static JsonObject Valid(string name = "Order Completed", string version = "1-0", string group = "shop") => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = $"{group}/{name.Replace(' ', '_')}/{version}.json",
        ["description"] = "An event.",
        ["self"] = new JsonObject
        {
            ["vendor"] = "com.example",
            ["name"] = name,
            ["format"] = "jsonschema",
            ["version"] = version,
            ["metadata"] = new JsonObject(),
        },
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["order_id"] = new JsonObject { ["description"] = "Order id.", ["type"] = "string" },
            ["total"] = new JsonObject { ["description"] = "Total.", ["type"] = "number" },
        },
        ["required"] = new JsonArray("order_id"),
        ["additionalProperties"] = false,
    };

    public static string PathOf(JsonObject schema) => "schemas/" + (string)schema["$id"]!;

    public static LintReport Lint(JsonObject schema, LintSettings? settings = null, string? path = null) =>
        Lint([new LintDocument(path ?? PathOf(schema), schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))], settings);

    public static LintReport Lint(IReadOnlyList<LintDocument> documents, LintSettings? settings = null) =>
        new Linter(settings ?? UpstreamConventions, LintRuleSet.Default()).Lint(documents, cancellationToken: TestContext.Current.CancellationToken);

    public static IReadOnlyList<Diagnostic> Findings(this LintReport report, string ruleId) =>
        report.Diagnostics.Where(d => d.RuleId == ruleId).ToList();

    public static JsonObject Properties(this JsonObject schema) => (JsonObject)schema["properties"]!;
}
