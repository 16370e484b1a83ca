using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests.Compilation;

/// <summary>$anchor and $dynamicAnchor names are checked against the meta-schema's pattern at compile time.</summary>
public sealed class AnchorNameTests
{
    private const string Draft202012 = "https://json-schema.org/draft/2020-12/schema";
    private const string Draft201909 = "https://json-schema.org/draft/2019-09/schema";

    [Theory]
    [InlineData(Draft202012, "foo", true)]
    [InlineData(Draft202012, "_foo-1.2", true)]
    [InlineData(Draft202012, "1foo", false)]
    [InlineData(Draft202012, "a:b", false)]
    [InlineData(Draft202012, "a b", false)]
    [InlineData(Draft202012, "", false)]
    [InlineData(Draft201909, "a:b", true)]
    [InlineData(Draft201909, "_foo", false)]
    public void Anchor_names_follow_the_meta_schema(string dialect, string name, bool valid)
    {
        var schema = $$"""{"$schema": "{{dialect}}", "$defs": {"x": {"$anchor": "{{name}}"}""" + "}}";
        if (valid)
        {
            Reflekt.Json.Schema.JsonSchema.Compile(schema);
            return;
        }

        var error = Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile(schema));
        Assert.Equal("/$defs/x/$anchor", error.SchemaLocation);
        Assert.StartsWith($"\"{name}\" is not a valid $anchor name (the meta-schema requires ^", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_anchor_names_are_checked_too()
    {
        var error = Assert.Throws<InvalidSchemaException>(() =>
            Reflekt.Json.Schema.JsonSchema.Compile($$"""{"$schema": "{{Draft202012}}", "$dynamicAnchor": "9"}"""));

        Assert.Equal("/$dynamicAnchor", error.SchemaLocation);
    }
}
