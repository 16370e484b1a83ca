using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests;

public sealed class ValidationOutputTests
{
    private static readonly Reflekt.Json.Schema.JsonSchema Schema = Reflekt.Json.Schema.JsonSchema.Compile(OrderCompletedSchema.Json);

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void A_valid_event_has_no_errors()
    {
        var result = Schema.Validate(Parse("""{"order_id":"o1","total":10,"products":[{"product_id":"p","price":1,"quantity":2}]}"""));

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(Draft.Draft07, Schema.Draft);
    }

    [Fact]
    public void A_type_error_names_the_property_and_both_types()
    {
        var error = Assert.Single(Schema.Validate(Parse("""{"order_id":42,"total":10,"products":[]}""")).Errors);

        Assert.Equal(new ValidationError("/order_id", "/properties/order_id/type", "type", "/order_id: expected string, got integer 42"), error);
    }

    [Fact]
    public void Nested_errors_carry_instance_and_keyword_pointers()
    {
        var error = Assert.Single(Schema.Validate(Parse("""{"order_id":"o","total":1,"products":[{"product_id":"p","price":"9.99"}]}""")).Errors);

        Assert.Equal("/products/0/price", error.InstanceLocation);
        Assert.Equal("/properties/products/items/properties/price/type", error.KeywordLocation);
        Assert.Equal("/products/0/price: expected number, got string \"9.99\"", error.Message);
    }

    [Fact]
    public void Keyword_location_follows_the_reference()
    {
        var error = Assert.Single(Schema.Validate(Parse("""{"order_id":"o","total":1,"products":[{"product_id":"p","price":1,"quantity":0}]}""")).Errors);

        Assert.Equal("/products/0/quantity", error.InstanceLocation);
        Assert.Equal("/properties/products/items/properties/quantity/$ref/minimum", error.KeywordLocation);
        Assert.Equal("minimum", error.Keyword);
        Assert.Equal("/products/0/quantity: must be at least 1, got 0", error.Message);
    }

    [Fact]
    public void Every_failure_is_listed_in_evaluation_order()
    {
        var result = Schema.Validate(Parse("""{"order_id":1,"currency":"GBP","coupon":"X","products":[]}"""));

        Assert.False(result.IsValid);
        Assert.Equal(
            [
                ("/", "/required", "missing required property \"total\""),
                ("/order_id", "/properties/order_id/type", "/order_id: expected string, got integer 1"),
                ("/currency", "/properties/currency/enum", "/currency: \"GBP\" is not one of [\"USD\", \"EUR\"]"),
                ("/", "/additionalProperties", "property \"coupon\" is not allowed"),
            ],
            result.Errors.Select(e => (e.InstanceLocation.Length == 0 ? "/" : e.InstanceLocation, e.KeywordLocation, e.Message)));
    }

    [Fact]
    public void Values_quoted_in_messages_stay_on_one_line_however_the_schema_is_indented()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""
            {
              "properties": {
                "size": {"enum": [
                    "S",
                    {"label": "Grande", "note": "café"},
                    [1, 2]
                ]},
                "kind": {"const": {
                    "a": 1
                }}
              }
            }
            """);

        var messages = schema.Validate(Parse("""{"size": "XL", "kind": {"a": 2}}""")).Errors.Select(e => e.Message).ToList();

        Assert.Equal(
            ["/size: \"XL\" is not one of [\"S\", {\"label\":\"Grande\",\"note\":\"café\"}, [1,2]]", "/kind: must be {\"a\":1}, got {\"a\":2}"],
            messages);
    }

    [Fact]
    public void IsValid_agrees_with_Validate()
    {
        var valid = Parse("""{"order_id":"o","total":1,"products":[]}""");
        var invalid = Parse("""{"order_id":"o","total":-1,"products":[]}""");

        Assert.True(Schema.IsValid(valid));
        Assert.False(Schema.IsValid(invalid));
        Assert.Equal("/properties/total/minimum", Assert.Single(Schema.Validate(invalid).Errors).KeywordLocation);
    }

    [Fact]
    public void Format_is_an_annotation_unless_asserted()
    {
        const string schema = """{"type":"string","format":"date-time"}""";
        var instance = Parse("\"yesterday\"");

        Assert.True(Reflekt.Json.Schema.JsonSchema.Compile(schema).IsValid(instance));
        var asserted = Reflekt.Json.Schema.JsonSchema.Compile(schema, new CompileOptions { AssertFormat = true });
        var error = Assert.Single(asserted.Validate(instance).Errors);
        Assert.Equal(("format", "\"yesterday\" is not a valid date-time"), (error.Keyword, error.Message));
    }

    [Fact]
    public void Unevaluated_properties_report_each_stray_property()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""
            {"$schema":"https://json-schema.org/draft/2020-12/schema",
             "allOf":[{"properties":{"a":true}}], "unevaluatedProperties": false}
            """);

        var result = schema.Validate(Parse("""{"a":1,"b":2}"""));

        Assert.Equal(Draft.Draft202012, schema.Draft);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("", "/unevaluatedProperties", "property \"b\" is not allowed (unevaluated)"), (error.InstanceLocation, error.KeywordLocation, error.Message));
    }

    [Fact]
    public void Then_and_else_errors_sit_under_their_own_keyword()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""
            {"if":{"properties":{"kind":{"const":"refund"}}},
             "then":{"required":["refund_id"]},
             "else":{"properties":{"total":{"minimum":0}}}}
            """);

        var then = Assert.Single(schema.Validate(Parse("""{"kind":"refund"}""")).Errors);
        var otherwise = Assert.Single(schema.Validate(Parse("""{"kind":"sale","total":-5}""")).Errors);

        Assert.Equal(("", "/then/required", "missing required property \"refund_id\""), (then.InstanceLocation, then.KeywordLocation, then.Message));
        Assert.Equal(("/total", "/else/properties/total/minimum"), (otherwise.InstanceLocation, otherwise.KeywordLocation));
    }

    [Fact]
    public void Combinators_report_one_summary_error()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"properties":{"id":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}""");

        var error = Assert.Single(schema.Validate(Parse("""{"id":1.5}""")).Errors);

        Assert.Equal(("/id", "/properties/id/anyOf", "anyOf"), (error.InstanceLocation, error.KeywordLocation, error.Keyword));
        Assert.Equal("/id: no branch matched: [0] /id: expected string, got number 1.5; [1] /id: expected integer, got number 1.5", error.Message);
    }

    [Fact]
    public void A_failed_anyOf_lists_each_branch_s_first_error()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"anyOf":[{"required":["userId"]},{"required":["anonymousId"]}]}""");

        var error = Assert.Single(schema.Validate(Parse("""{"event":"x"}""")).Errors);

        Assert.Equal("no branch matched: [0] /userId: required; [1] /anonymousId: required", error.Message);
    }

    [Fact]
    public void A_oneOf_matching_nothing_lists_each_branch_s_first_error_at_its_location()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile(
            """{"properties":{"ctx":{"oneOf":[{"required":["a"]},{"properties":{"b":{"type":"string"}}, "required":["b"]}]}}}""");

        var error = Assert.Single(schema.Validate(Parse("""{"ctx":{"b":7}}""")).Errors);

        Assert.Equal(("/ctx", "/properties/ctx/oneOf"), (error.InstanceLocation, error.KeywordLocation));
        Assert.Equal("/ctx: no branch matched: [0] /ctx/a: required; [1] /ctx/b: expected string, got integer 7", error.Message);
    }

    [Fact]
    public void Long_values_are_cut_in_messages()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"properties":{"note":{"type":"integer"}}}""");
        var note = new string('x', 100);

        var error = Assert.Single(schema.Validate(Parse($$"""{"note":"{{note}}"}""")).Errors);

        Assert.Equal($"/note: expected integer, got string \"{new string('x', 38)}…", error.Message);
    }
}
