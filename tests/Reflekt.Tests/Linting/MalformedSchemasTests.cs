using System.Text;
using Reflekt.Linting;
using Reflekt.Projects;

namespace Reflekt.Tests.Linting;

/// <summary>Malformed input yields diagnostics, never exceptions (upstream crashed with IndexError/KeyError).</summary>
public sealed class MalformedSchemasTests
{
    private static LintReport LintText(string text, string path = "schemas/shop/Broken/1-0.json") =>
        LintHarness.Lint([LintHarness.Doc(path, text)]);

    [Theory]
    [InlineData("")]
    [InlineData("   \n  ")]
    public void Empty_file_is_reported(string text)
    {
        var finding = Assert.Single(LintText(text).Diagnostics);
        Assert.Equal(Linter.InvalidJsonRuleId, finding.RuleId);
        Assert.Contains("empty", finding.Message);
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line()
    {
        var finding = Assert.Single(LintText("{\n  \"$id\": \"x\",\n  \"self\": {,\n}").Diagnostics);
        Assert.Equal(Linter.InvalidJsonRuleId, finding.RuleId);
        Assert.Equal(3, finding.Line);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"$id": "shop/Broken/1-0.json", "properties": {}}""")]
    [InlineData("""{"$id": "shop/Broken/1-0.json", "self": "not an object", "properties": []}""")]
    [InlineData("""
        {"$id": 7, "$schema": 3, "description": [], "required": {"a": 1}, "additionalProperties": "no",
         "self": {"vendor": 1, "name": 2, "format": null, "version": {}, "metadata": [], "lint": "no"},
         "type": 5, "enum": "x",
         "properties": {"a": 1, "b": [], "c": null, "d": {"type": 9, "description": 3, "enum": 4, "lint": "x",
           "properties": "p", "items": 5, "required": "r", "minimum": "1", "maximum": [], "format": 1,
           "allOf": {}, "anyOf": [1, "x"], "additionalProperties": 3}}}
        """)]
    public void Wrong_shapes_never_throw(string text)
    {
        var report = LintText(text);
        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Linter.InternalErrorRuleId);
        Assert.Equal(1, report.SchemaCount);
    }

    [Fact]
    public void Missing_self_still_lints_properties()
    {
        var report = LintText("""{"$id": "shop/Broken/1-0.json", "properties": {"BadName": {"type": "string"}}}""");
        Assert.NotEmpty(report.Findings("RK108"));
        Assert.NotEmpty(report.Findings("RK111"));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(5000)]
    public void Deeply_nested_objects_are_reported_not_thrown(int depth)
    {
        var text = new StringBuilder("""{"$id": "shop/Broken/1-0.json", "properties": """);
        for (var i = 0; i < depth; i++)
        {
            text.Append("""{"level": {"description": "d", "type": "object", "properties": """);
        }
        text.Append("""{"DeepName": {"description": "d", "type": "string"}}""");
        for (var i = 0; i < depth; i++)
        {
            text.Append("}}");
        }
        text.Append('}');

        var report = LintText(text.ToString());

        Assert.DoesNotContain(report.Diagnostics, d => d.RuleId == Linter.InternalErrorRuleId);
        if (depth * 2 + 2 > 64 /* System.Text.Json's default depth, used by the catalog */)
        {
            Assert.Contains(report.Diagnostics, d => d.RuleId == Linter.InvalidJsonRuleId);
        }
        else
        {
            var finding = Assert.Single(report.Findings("RK108"));
            Assert.EndsWith("/properties/DeepName", finding.Pointer);
            Assert.Equal(depth + 1, finding.Pointer!.Split("/properties/").Length - 1);
        }
    }

    [Fact]
    public void A_five_megabyte_schema_is_linted()
    {
        var text = new StringBuilder("""{"$id": "shop/Big/1-0.json", "self": {"vendor": "com.example", "name": "Big", "format": "jsonschema", "version": "1-0", "metadata": {}}, "type": "object", "properties": {""");
        var count = 0;
        while (text.Length < 5 * 1024 * 1024)
        {
            // One property per line, as schema files are written (see the lint notes on minified files).
            if (count > 0)
            {
                text.Append(",\n");
            }
            text.Append($$"""
                "property_{{count}}": {"description": "Property number {{count}} of a very large generated schema.", "type": "string", "maxLength": 128}
                """);
            count++;
        }
        text.Append("}}");

        var report = LintHarness.Lint([LintHarness.Doc("schemas/shop/Big/1-0.json", text.ToString())]);

        // Digits are not allowed by the upstream conventions: one finding per property, located.
        var numbers = report.Findings("RK109");
        Assert.Equal(count, numbers.Count);
        Assert.All(numbers, d => Assert.True(d.Line > 0));
    }
}
