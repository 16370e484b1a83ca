using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Linting;

namespace Reflekt.Tests.Linting;

/// <summary>Lint walks <c>$defs</c>, <c>definitions</c>, <c>patternProperties</c> and <c>prefixItems</c> like other sub-schemas (issue 15).</summary>
public sealed class SubSchemaWalkTests
{
    [Fact]
    public void Definitions_pattern_properties_and_prefix_items_are_walked()
    {
        var (properties, schemas) = PropertyWalker.Walk(JsonDocument.Parse("""
            {"properties": {"pair": {"prefixItems": [{"type": "string"}, {"properties": {"x": {}}}]}},
             "patternProperties": {"^x_": {"properties": {"p": {}}}},
             "$defs": {"address": {"properties": {"city": {}}}},
             "definitions": {"a/b": {"properties": {"zip": {}}}}}
            """).RootElement.Clone());

        Assert.Equal(
            ["/properties/pair", "/properties/pair/prefixItems/1/properties/x", "/patternProperties/^x_/properties/p",
             "/$defs/address/properties/city", "/definitions/a~1b/properties/zip"],
            properties.Select(p => p.Pointer));
        Assert.Contains(schemas, s => s.Pointer == "/$defs/address" && !s.IsProperty);
        Assert.Contains(schemas, s => s.Pointer == "/patternProperties/^x_" && !s.IsProperty);
        Assert.Contains(schemas, s => s.Pointer == "/properties/pair/prefixItems/0");
        Assert.Equal("$defs/address.city", properties[3].DisplayName);
    }

    [Fact]
    public void A_property_rule_fires_inside_defs_with_its_pointer()
    {
        var schema = LintHarness.Valid();
        schema["$defs"] = new JsonObject { ["address"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["City"] = new JsonObject { ["type"] = "string" } } } };

        var report = LintHarness.Lint(schema);

        var description = Assert.Single(report.Findings("RK111"));
        Assert.Equal("/$defs/address/properties/City", description.Pointer);
        Assert.Contains("$defs/address.City", description.Message, StringComparison.Ordinal);
        Assert.Equal("/$defs/address/properties/City", Assert.Single(report.Findings("RK108")).Pointer);
    }

    [Fact]
    public void A_sub_schema_rule_fires_inside_pattern_properties_and_definitions()
    {
        var schema = LintHarness.Valid();
        schema["patternProperties"] = new JsonObject { ["^x_"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("a", "a") } };
        schema["definitions"] = new JsonObject { ["when"] = new JsonObject { ["type"] = "string", ["format"] = "no-such-format" } };

        var report = LintHarness.Lint(schema);

        Assert.Equal("/patternProperties/^x_/enum/1", Assert.Single(report.Findings("RK118")).Pointer);
        Assert.Equal("/definitions/when/format", Assert.Single(report.Findings("RK121")).Pointer);
    }

    [Fact]
    public void A_clean_schema_with_clean_definitions_stays_clean()
    {
        var schema = LintHarness.Valid();
        schema["$defs"] = new JsonObject
        {
            ["address"] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject { ["city"] = new JsonObject { ["type"] = "string", ["description"] = "City.", ["maxLength"] = 80 } },
            },
        };

        Assert.Empty(LintHarness.Lint(schema).Diagnostics);
    }
}
