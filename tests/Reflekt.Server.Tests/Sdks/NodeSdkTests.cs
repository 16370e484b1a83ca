using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// The real Node SDKs (@segment/analytics-node 3, the classic analytics-node 6, @rudderstack/rudder-sdk-node 3, which
/// gzips) batching every call type through `reflekt serve`: each event arrives once, under the key its route names.
/// </summary>
public sealed class NodeSdkTests
{
    public static TheoryData<string> Sdks => ["analytics-node", "analytics-node-classic", "rudder"];

    // Twelve calls, more than two flushes' worth at flushAt 5, so every SDK sends several batches.
    private const string EveryCallType = """
        [
          {"type":"track","userId":"u1","event":"Order Completed","properties":{"order_id":"o1","revenue":12.5}},
          {"type":"track","userId":"u1","event":"Order Completed","properties":{"revenue":"12.50"}},
          {"type":"track","anonymousId":"a1","event":"Order Completed","properties":{"order_id":"o2","coupon":"café"}},
          {"type":"identify","userId":"u1","traits":{"email":"jo@example.com"}},
          {"type":"identify","userId":"u2","traits":{"name":"no email"}},
          {"type":"page","userId":"u1","name":"Home","properties":{"path":"/"}},
          {"type":"page","userId":"u1","name":"Home","properties":{}},
          {"type":"screen","userId":"u1","name":"Main","properties":{"screen_width":390}},
          {"type":"group","userId":"u1","groupId":"g1","traits":{"plan":"pro"}},
          {"type":"group","userId":"u1","groupId":"g2","traits":{"plan":"gold"}},
          {"type":"alias","userId":"u1","previousId":"a1"},
          {"type":"track","userId":"u1","event":"Order Completed","properties":{"order_id":"o3"}}
        ]
        """;

    [Theory]
    [MemberData(nameof(Sdks))]
    public async Task Every_call_type_arrives_once_routed_by_its_schema(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync();

        var sent = await run.SendAsync(sdk, EveryCallType);

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 12, "12 events reach Segment");
        await Task.Delay(300);
        var messages = run.Segment.Messages;
        Assert.Equal(12, messages.Count);
        Assert.True(run.Segment.Batches.Count >= 2, $"{sdk} batched into {run.Segment.Batches.Count} request(s)");
        string[] invalid = ["track Order Completed", "identify ", "page Home", "group "];
        Assert.Equal(
            invalid.Order(StringComparer.Ordinal),
            messages.Where(m => m.WriteKey == RunningServer.InvalidKey).Select(m => Describe(m.Message)).Order(StringComparer.Ordinal));
        Assert.Equal(8, messages.Count(m => m.WriteKey == RunningServer.ValidKey));
        Assert.Equal(
            ["alias", "group", "group", "identify", "identify", "page", "page", "screen", "track", "track", "track", "track"],
            messages.Select(m => (string)m.Message["type"]!).Order(StringComparer.Ordinal));
        Assert.Single(messages, m => (string?)m.Message["properties"]?["coupon"] == "café");
        Assert.All(messages, m => Assert.NotNull(m.Message["messageId"]));
    }

    [Theory]
    [MemberData(nameof(Sdks))]
    public async Task A_cut_emoji_routes_its_event_invalid_and_the_rest_of_the_batch_arrives(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync();
        // JSON.stringify writes a lone surrogate as the escape \ud83d: here in an event name, a property and a schema_id.
        var calls = new JsonArray();
        for (var i = 0; i < 17; i++)
        {
            calls.Add(new JsonObject { ["type"] = "track", ["userId"] = "u", ["event"] = "Order Completed", ["properties"] = new JsonObject { ["order_id"] = $"o{i}" } });
        }
        var text = calls.ToJsonString()[..^1]
            + """,{"type":"track","userId":"u","event":"Order \ud83d","properties":{"order_id":"x"}}"""
            + """,{"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"x","note":"smile \ud83d"}}"""
            + """,{"type":"identify","userId":"u","traits":{"email":"e","schema_id":"shop/Identify/1-0\ud83d.json"}}]""";

        var sent = await run.SendAsync(sdk, text);

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 20, "20 events reach Segment");
        var invalid = run.Segment.Batches.Where(b => b.WriteKey == RunningServer.InvalidKey).ToList();
        Assert.Equal(
            ["/event", "/properties/note", "/traits/schema_id"],
            invalid.SelectMany(b => b.Body["batch"]!.AsArray())
                .Select(m => (string)(m!["properties"] ?? m["traits"])!["validation_errors"]![0]!["pointer"]!)
                .Order(StringComparer.Ordinal));
        var raw = string.Concat(invalid.Select(b => System.Text.Encoding.UTF8.GetString(b.Raw)));
        Assert.Contains("\"Order \\ud83d\"", raw, StringComparison.Ordinal);
        Assert.Equal(17, run.Segment.Messages.Count(m => m.WriteKey == RunningServer.ValidKey));
    }

    [Theory]
    [MemberData(nameof(Sdks))]
    public async Task Under_missing_schema_reject_only_the_unplanned_events_are_refused(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync("--missing-schema", "reject");

        var sent = await run.SendAsync(sdk, """
            [
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o1"}},
              {"type":"track","userId":"u","event":"Not Planned","properties":{}},
              {"type":"identify","userId":"u","traits":{"email":"e"}},
              {"type":"track","userId":"u","event":"Also Not Planned"},
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o2"}}
            ]
            """);

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 3, "the three planned events reach Segment");
        var letters = Path.Combine(run.Directory, "spool", "dead-letter");
        await Eventually.TrueAsync(
            () => Directory.Exists(letters) && Directory.GetFiles(letters, "*.rejected.json")
                .Sum(f => JsonNode.Parse(File.ReadAllText(f))!["request"]!["batch"]!.AsArray().Count) == 2,
            "the two unplanned events are kept as rejected dead letters");
        Assert.Equal(3, run.Segment.Messages.Count);
    }

    private static string Describe(JsonObject message) =>
        $"{(string)message["type"]!} {(string?)message["event"] ?? (string?)message["name"] ?? ""}";
}
