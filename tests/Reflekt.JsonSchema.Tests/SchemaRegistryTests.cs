using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests;

public sealed class SchemaRegistryTests
{
    [Fact]
    public void References_resolve_against_registered_documents()
    {
        var registry = new SchemaRegistry();
        registry.Register(new Uri("https://schemas.example.com/common.json"), """{"$defs":{"id":{"type":"string","minLength":3}}}""");
        var schema = Reflekt.Json.Schema.JsonSchema.Compile(
            """{"properties":{"user_id":{"$ref":"common.json#/$defs/id"}}}""",
            new CompileOptions { Registry = registry, BaseUri = new Uri("https://schemas.example.com/event.json"), DefaultDraft = Draft.Draft202012 });

        Assert.True(schema.IsValid(JsonDocument.Parse("""{"user_id":"abc"}""").RootElement));
        var error = Assert.Single(schema.Validate(JsonDocument.Parse("""{"user_id":"ab"}""").RootElement).Errors);
        Assert.Equal("/properties/user_id/$ref/minLength", error.KeywordLocation);
    }

    [Fact]
    public void A_registered_document_is_also_found_by_its_own_id()
    {
        var registry = new SchemaRegistry();
        registry.Register(new Uri("file:///repo/schemas/common.json"), """{"$id":"https://schemas.example.com/common.json","type":"integer"}""");
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"$ref":"https://schemas.example.com/common.json"}""", new CompileOptions { Registry = registry });

        Assert.True(schema.IsValid(JsonDocument.Parse("1").RootElement));
        Assert.False(schema.IsValid(JsonDocument.Parse("\"1\"").RootElement));
    }

    [Theory]
    [InlineData(Draft.Draft07)]
    [InlineData(Draft.Draft201909)]
    [InlineData(Draft.Draft202012)]
    public void Built_in_meta_schemas_validate_schemas(Draft draft)
    {
        var meta = Reflekt.Json.Schema.JsonSchema.MetaSchema(draft);

        Assert.Same(meta, Reflekt.Json.Schema.JsonSchema.MetaSchema(draft));
        Assert.Equal(draft, meta.Draft);
        Assert.True(meta.IsValid(JsonDocument.Parse(OrderCompletedSchema.Json).RootElement));
        var result = meta.Validate(JsonDocument.Parse("""{"properties":{"a":{"type":"text"}}}""").RootElement);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.InstanceLocation == "/properties/a/type");
    }

    [Fact]
    public void The_draft_07_meta_schema_is_reachable_by_reference_without_a_registry()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"$ref":"http://json-schema.org/draft-07/schema#"}""");

        Assert.False(schema.IsValid(JsonDocument.Parse("""{"minLength":-1}""").RootElement));
    }
}
