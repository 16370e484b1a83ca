using System.Text.Json;
using Reflekt.Json.Schema;
using Reflekt.Schemas.Calls;
using Reflekt.Validation;

namespace Reflekt.Tests.Schemas.Calls;

/// <summary>One reading of a Segment call for `reflekt validate` and the server (architecture issue, item 3).</summary>
public sealed class SegmentCallTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;

    [Theory]
    [InlineData("""{"type": "track", "event": "A"}""", CallType.Track)]
    [InlineData("""{"type": "alias", "previousId": "a"}""", CallType.Alias)]
    [InlineData("""{"event": "A", "properties": {}}""", CallType.Track)]
    [InlineData("""{"traits": {}}""", CallType.Identify)]
    public void The_call_type_is_read_from_type_or_inferred(string message, CallType expected)
    {
        Assert.True(SegmentCall.TryRead(Json(message), out var call));
        Assert.Equal(expected, call.Type);
    }

    [Theory]
    [InlineData("""{"type": "merge"}""")]
    [InlineData("""{"userId": "u"}""")]
    [InlineData("""[1]""")]
    public void Anything_else_is_not_a_call(string message) => Assert.False(SegmentCall.TryRead(Json(message), out _));

    [Theory]
    [InlineData("""{"type": "track", "event": "A", "properties": null}""")]
    [InlineData("""{"type": "track", "event": "A"}""")]
    public void A_null_or_absent_payload_is_validated_as_an_empty_object(string message)
    {
        var call = SegmentCall.Of(CallType.Track, Json(message));
        Assert.Equal(JsonValueKind.Object, call.ValidatedPayload.ValueKind);
        Assert.Empty(call.ValidatedPayload.EnumerateObject());
    }

    [Fact]
    public void Schema_id_is_the_routing_key_not_a_validated_property()
    {
        var call = SegmentCall.Of(CallType.Track, Json("""{"event": "A", "properties": {"schema_id": "x/1-0.json", "n": 1}}"""));
        Assert.Equal("x/1-0.json", call.SchemaId);
        Assert.Equal(["n"], call.ValidatedPayload.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Schema_id_may_sit_in_context()
    {
        var call = SegmentCall.Of(CallType.Identify, Json("""{"traits": {}, "context": {"schema_id": "identify/1-0.json"}}"""));
        Assert.Equal("identify/1-0.json", call.SchemaId);
        Assert.Equal("/traits", call.PayloadPointer);
    }

    [Theory]
    [InlineData(CallType.Track, """{"event": "Order Completed"}""", "Order Completed")]
    [InlineData(CallType.Page, """{"name": "Home"}""", "Home")]
    [InlineData(CallType.Page, """{}""", "Page Viewed")]
    [InlineData(CallType.Screen, """{}""", "Screen Viewed")]
    [InlineData(CallType.Group, """{"traits": {}}""", "Group")]
    public void The_event_name_its_schema_is_found_by(CallType type, string message, string expected) =>
        Assert.Equal(expected, SegmentCall.Of(type, Json(message)).EventName);

    [Fact]
    public void Validate_now_gives_null_properties_and_pinned_events_the_verdict_the_server_gives()
    {
        // The bug the architecture issue names: `"properties": null` was `{}` in `reflekt validate` and null on /v1/track,
        // and a pinned event failed `additionalProperties: false` in `validate` only.
        var schema = JsonSchema.Compile("""
            {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"], "additionalProperties": false}
            """);
        var validator = new EventValidator(schema);
        var nullProperties = validator.Validate(1, Json("""{"type": "track", "event": "A", "properties": null}"""));
        var error = Assert.Single(nullProperties.Errors);
        Assert.Equal(ValidationRules.SchemaViolation, error.RuleId);
        Assert.Equal("/properties", error.Pointer);
        Assert.Contains("required", error.SchemaLocation);

        var pinned = validator.Validate(1, Json("""{"type": "track", "event": "A", "properties": {"n": 1, "schema_id": "a/1-0.json"}}"""));
        Assert.True(pinned.Valid, string.Join("; ", pinned.Errors.Select(e => e.Message)));
    }
}
