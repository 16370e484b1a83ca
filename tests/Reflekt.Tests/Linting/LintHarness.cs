using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Diagnostics;
using Reflekt.Linting;
using Reflekt.Schemas;
using Reflekt.Projects;

namespace Reflekt.Tests.Linting;

/// <summary>Builds small schemas and lints them with the default rule set.</summary>
internal static class LintHarness
{
    public static readonly LintOptions UpstreamConventions = new()
    {
        Event = new NamingConvention(Casing.Title, false, []),
        Property = new NamingConvention(Casing.Snake, false, []),
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

    /// <summary>A schema file in memory at a project-relative path such as <c>schemas/shop/X/1-0.json</c>.</summary>
    public static EventSchemaFile Doc(string path, string text) =>
        EventSchemaFile.FromText("/project/" + path, path.StartsWith("schemas/", StringComparison.Ordinal) ? path["schemas/".Length..] : path, text);

    public static string PathOf(JsonObject schema) => "schemas/" + (string)schema["$id"]!;

    public static LintReport Lint(JsonObject schema, LintOptions? settings = null, string? path = null) =>
        Lint([LintHarness.Doc(path ?? PathOf(schema), schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }))], settings);

    public static LintReport Lint(IReadOnlyList<EventSchemaFile> documents, LintOptions? settings = null) =>
        new Linter(settings ?? UpstreamConventions, LintRuleSet.Default()).Lint(documents, cancellationToken: TestContext.Current.CancellationToken);

    public static IReadOnlyList<Diagnostic> Findings(this LintReport report, string ruleId) =>
        report.Diagnostics.Where(d => d.RuleId == ruleId).ToList();

    public static JsonObject Properties(this JsonObject schema) => (JsonObject)schema["properties"]!;
}
