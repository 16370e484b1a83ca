using System.Collections.Concurrent;
using System.Net;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Every_event_that_got_a_200_arrives_after_a_SIGKILL_mid_load_and_a_restart()
    {
        using var dir = new TemporaryDirectory();
        await using var segment = await SegmentTrackingApiStandIn.StartAsync();
        var schemas = TestSchemas.WriteAll(dir.Sub("schemas"));
        string[] arguments = ["--port", "0", "--schemas", schemas, "--spool-dir", dir.Sub("spool"), "--missing-schema", "forward-valid"];
        var environment = new Dictionary<string, string>
        {
            ["REGISTRY_WRITE_KEY"] = RunningServer.WriteKey,
            ["SEGMENT_WRITE_KEY_VALID"] = RunningServer.ValidKey,
            ["SEGMENT_WRITE_KEY_INVALID"] = RunningServer.InvalidKey,
            ["SEGMENT_API_HOST"] = segment.BaseAddress.ToString(),
            ["Forwarding__InitialBackoff"] = "00:00:00.050",
            ["Forwarding__MaxBackoff"] = "00:00:00.500",
        };
        // Segment is failing at first, so a good part of the load is still in the spool when the server dies.
        segment.FailNext(int.MaxValue);
        var acknowledged = new ConcurrentBag<string>();

        await using (var first = await ServeProcess.StartAsync(arguments, environment))
        {
            using var stop = new CancellationTokenSource();
            using var http = new HttpClient { BaseAddress = first.Address, Timeout = TimeSpan.FromSeconds(30) };
            var workers = Enumerable.Range(0, 8).Select(w => Task.Run(() => SendUntilStoppedAsync(http, w, acknowledged, stop.Token))).ToArray();

            await Eventually.TrueAsync(() => acknowledged.Count >= 1500, "the first server acknowledges some load", seconds: 120);
            segment.FailNext(0); // Segment recovers: forwarding and committing are under way when the kill lands.
            await Eventually.TrueAsync(() => acknowledged.Count >= 3000, "more load is acknowledged", seconds: 120);
            first.Kill();
            stop.CancelAfter(TimeSpan.FromSeconds(1));
            await Task.WhenAll(workers);
        }
        var sent = acknowledged.ToHashSet();
        Assert.True(sent.Count >= 3000);

        await using var second = await ServeProcess.StartAsync(arguments, environment);

        await Eventually.TrueAsync(() => sent.IsSubsetOf(segment.Messages.Select(m => (string)m.Message["messageId"]!)),
            $"all {sent.Count} acknowledged events reach Segment after the restart", seconds: 180);
    }

    private static async Task SendUntilStoppedAsync(HttpClient http, int worker, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        // Bounded: at most 100 000 requests per worker, and the test stops it a second after the kill.
        for (var n = 0; n < 100_000 && !stop.IsCancellationRequested; n++)
        {
            var ids = Enumerable.Range(0, n % 2 == 0 ? 1 : 10).Select(i => $"w{worker}-{n}-{i}").ToList();
            var body = ids.Count == 1
                ? $$$"""{"userId":"u","event":"Order Completed","messageId":"{{{ids[0]}}}","properties":{"order_id":"o"}}"""
                : "{\"batch\":[" + string.Join(",", ids.Select(id => $$$"""{"type":"track","userId":"u","event":"Order Completed","messageId":"{{{id}}}","properties":{"order_id":"o"}}""")) + "]}";
            try
            {
                using var response = await http.SendAsync(RunningServer.Post(ids.Count == 1 ? "/v1/track" : "/v1/batch", body), stop);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    foreach (var id in ids)
                    {
                        acknowledged.Add(id);
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                // The server is being killed: this request got no 200, so it promises nothing.
                await Task.Delay(20, CancellationToken.None);
            }
        }
    }
}
