using System.Text.Json;
using Reflekt.Linting;

namespace Reflekt.Tests.Linting;

public sealed class PropertyWalkerTests
{
    private static (IReadOnlyList<PropertyNode> Properties, IReadOnlyList<SubSchema> Schemas) Walk(string json) =>
        PropertyWalker.Walk(JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void Walks_properties_items_additional_properties_and_branches_in_document_order()
    {
        var (properties, schemas) = Walk("""
            {"properties": {
               "cart": {"type": "object", "properties": {"sku": {"type": "string"}}},
               "tags": {"type": "array", "items": {"type": "object", "properties": {"label": {"type": "string"}}}},
               "pair": {"items": [{"type": "string"}, {"properties": {"x": {}}}]},
               "map": {"additionalProperties": {"properties": {"v": {}}}},
               "either": {"oneOf": [{"properties": {"a": {}}}], "anyOf": [{"properties": {"b": {}}}], "allOf": [{"properties": {"c": {}}}]}}}
            """);

        Assert.Equal(
            ["/properties/cart", "/properties/cart/properties/sku", "/properties/tags", "/properties/tags/items/properties/label",
             "/properties/pair", "/properties/pair/items/1/properties/x", "/properties/map", "/properties/map/additionalProperties/properties/v",
             "/properties/either", "/properties/either/allOf/0/properties/c", "/properties/either/anyOf/0/properties/b",
             "/properties/either/oneOf/0/properties/a"],
            properties.Select(p => p.Pointer));
        Assert.Equal("", schemas[0].Pointer);
        Assert.Contains(schemas, s => s.Pointer == "/properties/pair/items/0" && !s.IsProperty);
    }

    [Fact]
    public void Reads_keywords_and_types_once_per_schema_object()
    {
        var (properties, schemas) = Walk("""
            {"required": ["id"], "properties": {
               "id": {"type": "string", "description": "Id.", "maxLength": 36, "format": "uuid"},
               "kind": {"type": ["string", "null", 3], "enum": ["a", "b"], "const": "a"},
               "score": {"minimum": 0, "exclusiveMaximum": 10},
               "bare": 7}}
            """);

        var id = properties[0];
        Assert.Equal(SchemaKeywords.Type | SchemaKeywords.Description | SchemaKeywords.MaxLength | SchemaKeywords.Bounds | SchemaKeywords.Format, id.Keywords);
        Assert.Equal(["string"], id.Types);
        Assert.Equal(["string", "null"], properties[1].Types);
        Assert.True(properties[1].Has(SchemaKeywords.Enum | SchemaKeywords.MaxLength));
        Assert.True(properties[1].Has(SchemaKeywords.Const));
        Assert.Equal(SchemaKeywords.Bounds, properties[2].Keywords);
        Assert.Equal(SchemaKeywords.None, properties[3].Keywords);
        Assert.Empty(properties[3].Types);
        Assert.Equal(SchemaKeywords.Required | SchemaKeywords.Properties, schemas[0].Keywords);
        Assert.Equal(id.Types, schemas.Single(s => s.Pointer == "/properties/id").Types);
    }

    [Fact]
    public void A_repeated_keyword_counts_with_its_last_value_like_a_lookup()
    {
        var (properties, _) = Walk("""{"properties": {"a": {"type": "string", "type": "integer"}, "b": {"properties": 1, "properties": {"c": {}}}}}""");

        Assert.Equal(["integer"], properties[0].Types);
        Assert.Equal(["/properties/a", "/properties/b", "/properties/b/properties/c"], properties.Select(p => p.Pointer));
    }

    [Fact]
    public void Lint_false_disables_a_property_and_everything_below_it()
    {
        var (properties, schemas) = Walk("""{"properties": {"raw": {"lint": false, "properties": {"X": {}}}, "ok": {"lint": true}}}""");

        Assert.Equal([true, true, false], properties.Select(p => p.LintDisabled));
        Assert.True(schemas.Single(s => s.Pointer == "/properties/raw/properties/X").LintDisabled);
    }

    [Fact]
    public void Escapes_pointer_tokens()
    {
        var (properties, _) = Walk("""{"properties": {"a/b~c": {}}}""");

        Assert.Equal("/properties/a~1b~0c", properties[0].Pointer);
        Assert.Equal("a/b~c", properties[0].DisplayName);
    }
}
