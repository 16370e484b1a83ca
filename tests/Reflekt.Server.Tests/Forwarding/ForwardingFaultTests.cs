using System.Net;
using System.Text.Json.Nodes;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

public sealed class ForwardingFaultTests : GatewayTest
{
    private static string Track(int i) => $$$"""{"userId":"u","event":"E","messageId":"m{{{i}}}","properties":{"i":{{{i}}}}}""";

    [Fact]
    public async Task Segment_down_for_a_while_then_up_every_accepted_event_arrives_once_delivered()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid));
        await SegmentApi.StopAsync();

        var accepted = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var response = i % 3 == 0
                ? await server.PostAsync("/v1/batch", "{\"batch\":[" + Track(i).Replace("{\"userId\"", "{\"type\":\"track\",\"userId\"") + "]}")
                : await server.PostAsync("/v1/track", Track(i));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            accepted.Add($"m{i}");
        }
        var health = JsonNode.Parse(await server.Http.GetStringAsync("/health"))!;
        Assert.Equal(300, (long)health["spoolDepth"]!);
        await SegmentApi.StartAgainAsync();

        await Eventually.TrueAsync(() => SegmentApi.Messages.Select(m => (string)m.Message["messageId"]!).Distinct().Count() == 300,
            "every accepted event reaches Segment after it comes back");
        Assert.Equal(accepted.Order(), SegmentApi.Messages.Select(m => (string)m.Message["messageId"]!).Distinct().Order());
        await Eventually.TrueAsync(() => (long)JsonNode.Parse(server.Http.GetStringAsync("/health").Result)!["spoolDepth"]! == 0, "the spool drains");
    }

    [Fact]
    public async Task Server_errors_and_429_are_retried_honouring_retry_after()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid));
        SegmentApi.FailNext(2, status: 429, retryAfterSeconds: 1);

        await server.PostAsync("/v1/track", Track(1));

        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event arrives after the 429s");
        Assert.Equal(2, SegmentApi.FailedRequests);
        SegmentApi.FailNext(3, status: 503);
        await server.PostAsync("/v1/track", Track(2));
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "the event arrives after the 503s");
        Assert.Equal(5, SegmentApi.FailedRequests);
        var metrics = await server.Http.GetStringAsync("/metrics");
        Assert.Contains("reflekt_forward_retries_total 5", metrics);
        Assert.Contains("reflekt_events_forwarded_total 2", metrics);
    }

    [Fact]
    public async Task A_batch_segment_refuses_for_good_is_kept_in_the_dead_letter_folder_not_dropped()
    {
        var spool = Scratch.Sub("spool");
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid));
        SegmentApi.FailNext(1, status: 400);

        await server.PostAsync("/v1/track", Track(1));
        await Eventually.TrueAsync(() => Directory.Exists(Path.Combine(spool, "dead-letter")) && Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.json").Length == 1,
            "the refused batch is dead-lettered");
        await server.PostAsync("/v1/track", Track(2));

        var letter = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.json").Single()))!;
        Assert.Equal(400, (int)letter["status"]!);
        Assert.Equal("m1", (string?)letter["request"]!["batch"]![0]!["messageId"]);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "later events still flow");
        Assert.Contains("reflekt_events_dead_lettered_total 1", await server.Http.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task A_restarted_server_resumes_from_its_spool()
    {
        var spool = Scratch.Sub("spool");
        var settings = RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid);
        await SegmentApi.StopAsync();
        await using (var first = await RunningServer.StartAsync(settings))
        {
            for (var i = 0; i < 50; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await first.PostAsync("/v1/track", Track(i))).StatusCode);
            }
        }
        await SegmentApi.StartAgainAsync();

        await using var second = await RunningServer.StartAsync(settings);

        await Eventually.TrueAsync(() => SegmentApi.Messages.Select(m => (string)m.Message["messageId"]!).Distinct().Count() == 50,
            "the second server forwards what the first one accepted");
    }

    [Fact]
    public async Task Metrics_count_accepted_valid_invalid_forwarded_and_spool_depth()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool")));
        await server.PostAsync("/v1/track", Track(1));
        await server.PostAsync("/v1/alias", """{"userId":"u","previousId":"p"}""");
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "both events arrive");
        // Segment records a batch just before the forwarder commits it, so the depth settles a moment later.
        await Eventually.TrueAsync(() => server.Http.GetStringAsync("/metrics").Result.Contains("reflekt_spool_depth 0\n"), "the spool drains");

        var metrics = await server.Http.GetStringAsync("/metrics");

        Assert.Contains("reflekt_events_accepted_total 2\n", metrics);
        Assert.Contains("reflekt_events_valid_total 1\n", metrics);
        Assert.Contains("reflekt_events_invalid_total 1\n", metrics);
        Assert.Contains("reflekt_events_forwarded_total 2\n", metrics);
        Assert.Contains("reflekt_spool_depth 0\n", metrics);
        Assert.Contains("# TYPE reflekt_forward_latency_seconds histogram", metrics);
        Assert.Contains("reflekt_forward_latency_seconds_count ", metrics);
    }
}
