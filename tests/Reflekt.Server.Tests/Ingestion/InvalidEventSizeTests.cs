using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Ingestion;

/// <summary>
/// Bug 6 of issue 19: an invalid event is forwarded within Segment's 32 KB per-message limit (the first few errors and
/// a count, not all 800) and with its own bytes untouched — the errors are spliced into the payload as received.
/// </summary>
public sealed class InvalidEventSizeTests : GatewayTest
{
    private const int SegmentMessageLimit = 32 * 1024;

    // 800 products whose price is a string (one error each) and a note the schema does not list (one more): ~31 KB.
    private static string ManyErrors(string head = "") =>
        "{" + head + "\"userId\":\"u\",\"event\":\"Order Completed\",\"messageId\":\"big\",\"timestamp\":\"2024-05-01T10:00:00.000Z\","
        + "\"properties\":{\"order_id\":\"o\",\"note\":\"café \\u00e9\",\"products\":["
        + string.Join(",", Enumerable.Range(0, 800).Select(i => $"{{\"price\":\"p{i % 10}\",\"sku\":\"SKU-{i:D6}-BLUE\"}}"))
        + "]},\"type\":\"track\"}";

    private async Task<(byte[] Raw, JsonObject Message)> ForwardedAsync()
    {
        await Eventually.TrueAsync(() => SegmentApi.Batches.Count == 1, "the event reaches Segment");
        var batch = SegmentApi.Batches.Single();
        Assert.Equal(RunningServer.InvalidKey, batch.WriteKey);
        var text = Encoding.UTF8.GetString(batch.Raw);
        var message = text[(text.IndexOf('[') + 1)..text.LastIndexOf(']')];
        return (Encoding.UTF8.GetBytes(message), batch.Body["batch"]![0]!.AsObject());
    }

    [Fact]
    public async Task Eight_hundred_and_one_errors_are_cut_to_the_first_ten_and_a_count_within_32_KB()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas"))));
        var sent = ManyErrors();
        Assert.InRange(Encoding.UTF8.GetByteCount(sent), 30 * 1024, 32 * 1024);

        await server.PostAsync("/v1/track", sent);

        var (raw, message) = await ForwardedAsync();
        Assert.True(raw.Length <= SegmentMessageLimit, $"forwarded message is {raw.Length} bytes");
        var properties = message["properties"]!.AsObject();
        Assert.Equal(10, properties["validation_errors"]!.AsArray().Count);
        Assert.Equal(801, (int)properties["validation_error_count"]!);
        Assert.Contains("/products/0/price", properties["validation_errors"]!.AsArray().Select(e => (string?)e!["pointer"]));
    }

    [Fact]
    public async Task Everything_but_the_spliced_errors_is_forwarded_byte_for_byte()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas"))));
        var sent = ManyErrors();

        await server.PostAsync("/v1/track", sent);

        var (raw, message) = await ForwardedAsync();
        var forwarded = Encoding.UTF8.GetString(raw);
        // The only change: the errors, inserted just before the closing brace of properties.
        var errors = forwarded.IndexOf(",\"validation_errors\":", StringComparison.Ordinal);
        var end = forwarded.IndexOf("\"validation_error_count\":801", StringComparison.Ordinal) + "\"validation_error_count\":801".Length;
        Assert.Equal(sent, forwarded[..errors] + forwarded[end..]);
        Assert.Contains("\"note\":\"café \\u00e9\"", forwarded, StringComparison.Ordinal);
        Assert.Equal("café é", (string?)message["properties"]!["note"]);
    }

    [Fact]
    public async Task A_batch_item_merged_with_the_batch_context_is_capped_too()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas"))));

        await server.PostAsync("/v1/batch", "{\"batch\":[" + ManyErrors() + "],\"context\":{\"app\":{\"name\":\"shop\"}}}");

        var (raw, message) = await ForwardedAsync();
        Assert.True(raw.Length <= SegmentMessageLimit, $"forwarded message is {raw.Length} bytes");
        Assert.Equal("shop", (string?)message["context"]!["app"]!["name"]);
        Assert.Equal(801, (int)message["properties"]!["validation_error_count"]!);
        Assert.Contains("\"note\":\"café \\u00e9\"", Encoding.UTF8.GetString(raw), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_identify_with_few_errors_gets_them_all_in_traits_and_properties_without_a_count()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas"))));
        const string sent = """{"userId":"u","traits":{"name":"Zoë"},"messageId":"i","timestamp":"2024-05-01T10:00:00.000Z","type":"identify"}""";

        await server.PostAsync("/v1/identify", sent);

        var (raw, message) = await ForwardedAsync();
        var forwarded = Encoding.UTF8.GetString(raw);
        Assert.StartsWith("""{"userId":"u","traits":{"name":"Zoë","validation_errors":[{"pointer":""" , forwarded, StringComparison.Ordinal);
        Assert.Null(message["traits"]!["validation_error_count"]);
        Assert.True(JsonNode.DeepEquals(message["traits"]!["validation_errors"], message["properties"]!["validation_errors"]));
    }

    [Fact]
    public async Task An_event_too_close_to_the_limit_for_any_error_is_still_forwarded_under_the_invalid_key()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas"))));
        var sent = "{\"userId\":\"u\",\"event\":\"Order Completed\",\"messageId\":\"m\",\"timestamp\":\"2024-05-01T10:00:00.000Z\",\"type\":\"track\","
            + "\"properties\":{\"order_id\":7,\"pad\":\"" + new string('x', SegmentMessageLimit - 220) + "\"}}";
        Assert.True(Encoding.UTF8.GetByteCount(sent) < SegmentMessageLimit);

        await server.PostAsync("/v1/track", sent);

        var (raw, message) = await ForwardedAsync();
        Assert.Equal(sent, Encoding.UTF8.GetString(raw));
        Assert.Null(message["properties"]!["validation_errors"]);
    }
}
