using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// Bug 6 of issue 19 through the real SDKs: a large invalid event reaches Segment within its 32 KB per-message limit
/// (first errors plus a count) and un-escaped (`café` stays `café`), every property as the SDK sent it.
/// </summary>
public sealed class InvalidEventSizeSdkTests
{
    [Theory]
    [MemberData(nameof(NodeSdkTests.Sdks), MemberType = typeof(NodeSdkTests))]
    public async Task A_large_invalid_event_arrives_under_32_KB_with_its_bytes_kept(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync();
        // 700 string prices: 700 errors, which written out in full would triple the ~27 KB event.
        var products = new JsonArray([.. Enumerable.Range(0, 700).Select(i => (JsonNode)new JsonObject { ["price"] = $"p{i % 10}", ["sku"] = $"SKU-{i:D6}" })]);
        var properties = new JsonObject { ["order_id"] = "o1", ["coupon"] = "café", ["products"] = products };
        var calls = new JsonArray(new JsonObject { ["type"] = "track", ["userId"] = "u", ["event"] = "Order Completed", ["properties"] = properties.DeepClone() });

        var sent = await run.SendAsync(sdk, calls.ToJsonString());

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 1, "the event reaches Segment");
        var batch = Assert.Single(run.Segment.Batches);
        Assert.Equal(RunningServer.InvalidKey, batch.WriteKey);
        var raw = Encoding.UTF8.GetString(batch.Raw);
        var message = raw[(raw.IndexOf('[') + 1)..raw.LastIndexOf(']')];
        Assert.True(Encoding.UTF8.GetByteCount(message) <= 32 * 1024, $"forwarded message is {Encoding.UTF8.GetByteCount(message)} bytes");
        Assert.Contains("\"coupon\":\"café\"", message, StringComparison.Ordinal);
        var forwarded = batch.Body["batch"]![0]!["properties"]!.AsObject();
        Assert.True(forwarded["validation_errors"]!.AsArray().Count <= 10);
        Assert.Equal(700, (int)forwarded["validation_error_count"]!);
        forwarded.Remove("validation_errors");
        forwarded.Remove("validation_error_count");
        Assert.True(JsonNode.DeepEquals(properties, forwarded), "every property arrives as sent");
    }
}
