using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// Bug 2 of issue 19 through the real SDKs: pinning a version with `schema_id`, as the docs recommend, must not fail a
/// schema with `additionalProperties: false` that does not list `schema_id` (the test schemas, like the demo's and
/// init's, do not). `schema_id` is the routing key and is forwarded as sent.
/// </summary>
public sealed class PinnedSchemaSdkTests
{
    [Theory]
    [MemberData(nameof(NodeSdkTests.Sdks), MemberType = typeof(NodeSdkTests))]
    public async Task Pinned_events_of_a_closed_schema_arrive_valid_with_their_schema_id(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync();

        var sent = await run.SendAsync(sdk, """
            [
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o1","schema_id":"shop/Order_Completed/1-0.json"}},
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o2","coupon":"X","schema_id":"shop/Order_Completed/1-1.json"}},
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o3"},"context":{"schema_id":"shop/Order_Completed/1-0.json"}},
              {"type":"identify","userId":"u","traits":{"email":"jo@example.com","schema_id":"shop/Identify/1-0.json"}},
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o4","coupon":"X","schema_id":"shop/Order_Completed/1-0.json"}}
            ]
            """);

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 5, "5 events reach Segment");
        var messages = run.Segment.Messages;
        // Only o4 breaks its pinned version (1-0 has no coupon); schema_id itself never counts against a schema.
        Assert.Equal(["o1", "o2", "o3", "u"], messages.Where(m => m.WriteKey == RunningServer.ValidKey)
            .Select(m => (string?)m.Message["properties"]?["order_id"] ?? (string)m.Message["userId"]!).Order(StringComparer.Ordinal));
        var invalid = Assert.Single(messages, m => m.WriteKey == RunningServer.InvalidKey).Message;
        Assert.Equal("o4", (string?)invalid["properties"]!["order_id"]);
        Assert.Contains("coupon", (string?)invalid["properties"]!["validation_errors"]![0]!["message"], StringComparison.Ordinal);
        Assert.DoesNotContain("schema_id", invalid["properties"]!["validation_errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("shop/Order_Completed/1-1.json", (string?)messages.Single(m => (string?)m.Message["properties"]?["order_id"] == "o2").Message["properties"]!["schema_id"]);
        Assert.Equal("shop/Identify/1-0.json", (string?)messages.Single(m => (string?)m.Message["type"] == "identify").Message["traits"]!["schema_id"]);
    }
}
