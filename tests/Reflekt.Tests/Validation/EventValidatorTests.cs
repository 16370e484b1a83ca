using Reflekt.Json.Schema;
using Reflekt.Validation;

namespace Reflekt.Tests.Validation;

public sealed class EventValidatorTests
{
    private static List<DocumentValidation> All(string text, bool raw = false) =>
        new EventValidator(Schema, raw).ValidateAllAsync(new StringReader(text)).ToBlockingEnumerable().ToList();

    private static readonly JsonSchema Schema = JsonSchema.Compile("""
        {"$schema": "http://json-schema.org/draft-07/schema#", "self": {"name": "Order Completed"}, "type": "object",
         "properties": {"order_id": {"type": "string"}, "total": {"type": "number"}},
         "required": ["order_id"], "additionalProperties": false}
        """);

    [Fact]
    public void Track_call_properties_are_validated()
    {
        var result = Assert.Single(All("""{"type": "track", "event": "Order Completed", "properties": {"order_id": 5}}"""));
        Assert.False(result.Valid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("/properties/order_id", error.Pointer);
        Assert.Equal("/properties/order_id/type", error.SchemaLocation);
    }

    [Fact]
    public void Identify_traits_are_validated()
    {
        var result = Assert.Single(All("""{"type": "identify", "traits": {"order_id": "a", "total": 1}}"""));
        Assert.True(result.Valid);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Raw_mode_validates_the_whole_document()
    {
        var result = Assert.Single(All(raw: true, text: """{"order_id": "a"}"""));
        Assert.True(result.Valid);
        var call = Assert.Single(All(raw: true, text: """{"type": "track", "properties": {"order_id": "a"}}"""));
        Assert.False(call.Valid);
    }

    [Fact]
    public void Ndjson_streams_get_one_verdict_per_line_and_bad_lines_are_invalid()
    {
        var text = """
            {"type": "track", "properties": {"order_id": "a"}}

            {"type": "track", "properties": {"total": 3}}
            {not json
            {"type": "alias"}
            """;
        var results = All(text);
        Assert.Equal([1, 2, 3, 4], results.Select(r => r.Number));
        Assert.Equal([1, 3, 4, 5], results.Select(r => r.Line));
        Assert.Equal([true, false, false, false], results.Select(r => r.Valid));
        Assert.StartsWith("not valid JSON", results[2].Errors[0].Message);
        Assert.Contains("not a Segment call", results[3].Errors[0].Message);
    }

    [Fact]
    public void A_pretty_printed_single_document_is_one_document()
    {
        var results = All("{\n  \"type\": \"page\",\n  \"properties\": {\"order_id\": \"x\"}\n}\n");
        Assert.True(Assert.Single(results).Valid);
    }

    [Fact]
    public async Task Ndjson_lines_are_answered_as_they_are_read_not_at_the_end_of_the_input()
    {
        using var input = new CountingReader(string.Join("\n", Enumerable.Repeat("""{"type": "track", "properties": {"order_id": "a"}}""", 1000)));

        await using var results = new EventValidator(Schema).ValidateAllAsync(input, TestContext.Current.CancellationToken).GetAsyncEnumerator(TestContext.Current.CancellationToken);

        Assert.True(await results.MoveNextAsync());
        Assert.True(results.Current.Valid);
        Assert.Equal(1, input.LinesRead);
        Assert.True(await results.MoveNextAsync());
        Assert.Equal(2, input.LinesRead);
    }

    [Fact]
    public void A_broken_first_line_of_an_ndjson_stream_is_reported_with_its_number()
    {
        var results = All("\n{broken\n{\"type\": \"track\", \"properties\": {\"order_id\": \"a\"}}\n");

        Assert.Equal([false, true], results.Select(r => r.Valid));
        Assert.Equal([2, 3], results.Select(r => r.Line));
        Assert.StartsWith("not valid JSON", results[0].Errors[0].Message);
    }

    [Fact]
    public void Blank_input_has_no_documents()
    {
        Assert.Empty(All(" \n\n  \n"));
    }

    private sealed class CountingReader(string text) : StringReader(text)
    {
        public int LinesRead { get; private set; }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            LinesRead++;
            return base.ReadLineAsync(cancellationToken);
        }
    }
}
