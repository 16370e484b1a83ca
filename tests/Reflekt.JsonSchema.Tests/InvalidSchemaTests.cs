using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests;

public sealed class InvalidSchemaTests
{
    [Theory]
    [InlineData("""{"properties":{"a":{"minLength":"3"}}}""", "/properties/a/minLength", "\"minLength\" must be a non-negative integer")]
    [InlineData("""{"properties":{"a":{"type":"text"}}}""", "/properties/a/type", "\"text\" is not a JSON Schema type (null, boolean, object, array, number, string, integer)")]
    [InlineData("""{"pattern":"([a-z"}""", "/pattern", "\"([a-z\" is not a valid ECMA-262 regular expression: unterminated character class at offset 1")]
    [InlineData("""{"patternProperties":{"(":{}}}""", "/patternProperties", "\"(\" is not a valid ECMA-262 regular expression: unterminated group at offset 0")]
    [InlineData("""{"items":[1]}""", "/items/0", "a schema must be an object or a boolean, got number")]
    [InlineData("""{"allOf":[]}""", "/allOf", "\"allOf\" must be a non-empty array of schemas")]
    [InlineData("""{"multipleOf":0}""", "/multipleOf", "\"multipleOf\" must be a number greater than 0")]
    [InlineData("""{"required":"a"}""", "/required", "\"required\" must be an array of strings")]
    [InlineData("""{"required":["a","b","a"]}""", "/required", "\"required\" lists \"a\" twice (its items must be unique)")]
    [InlineData("""{"type":["string","string"]}""", "/type", "\"type\" lists \"string\" twice (its items must be unique)")]
    public void A_bad_keyword_is_reported_with_its_pointer(string schema, string location, string reason)
    {
        var ex = Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile(schema));

        Assert.Equal(location, ex.SchemaLocation);
        Assert.Equal(reason, ex.Reason);
        Assert.Equal($"{location}: {reason}", ex.Message);
    }

    [Fact]
    public void An_unresolvable_reference_fails_at_compile_time()
    {
        var ex = Assert.Throws<InvalidSchemaException>(() =>
            Reflekt.Json.Schema.JsonSchema.Compile("""{"properties":{"a":{"$ref":"#/definitions/missing"}}}"""));

        Assert.Equal("/properties/a/$ref", ex.SchemaLocation);
        Assert.Contains("#/definitions/missing", ex.Reason);
    }

    [Fact]
    public void A_reference_to_an_unregistered_document_is_never_fetched()
    {
        var ex = Assert.Throws<InvalidSchemaException>(() =>
            Reflekt.Json.Schema.JsonSchema.Compile("""{"$ref":"http://localhost:1/other.json"}"""));

        Assert.Equal("/$ref", ex.SchemaLocation);
    }

    [Fact]
    public void Malformed_json_and_unknown_meta_schemas_are_invalid_schemas()
    {
        Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile("{"));
        var ex = Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile("""{"$schema":"http://example.com/nope"}"""));
        Assert.Equal("/$schema", ex.SchemaLocation);
    }

    [Theory]
    [InlineData("""{"$ref":"#"}""", "")]
    [InlineData("""{"$defs":{"a":{"$ref":"#/$defs/b"},"b":{"allOf":[{"$ref":"#/$defs/a"}]}},"properties":{"x":{"$ref":"#/$defs/a"}}}""", "/$defs/a")]
    public void A_reference_loop_that_never_descends_is_rejected_at_compile_time(string schema, string location)
    {
        var ex = Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile(schema, new CompileOptions { DefaultDraft = Draft.Draft202012 }));

        Assert.Equal(location, ex.SchemaLocation);
        Assert.Contains("$ref loop", ex.Reason);
    }

    [Fact]
    public void Recursion_through_the_instance_is_fine()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"type":"object","properties":{"child":{"$ref":"#"}},"additionalProperties":false}""");

        Assert.True(schema.IsValid(System.Text.Json.JsonDocument.Parse("""{"child":{"child":{}}}""").RootElement));
        Assert.False(schema.IsValid(System.Text.Json.JsonDocument.Parse("""{"child":{"child":{"x":1}}}""").RootElement));
    }
}
