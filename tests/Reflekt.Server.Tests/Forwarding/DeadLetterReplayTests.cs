using System.Diagnostics;
using System.Net;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

/// <summary>
/// Bug 9 of issue 19: `reflekt serve replay --spool-dir DIR` re-sends dead-lettered batches, each exactly once per
/// successful replay, a letter Segment still refuses stays (exit 1), and /metrics and /health count them.
/// </summary>
public sealed class DeadLetterReplayTests : GatewayTest
{
    private static string Track(int i) => $$$"""{"userId":"u","event":"E","messageId":"m{{{i}}}","properties":{"note":"café"}}""";

    private async Task<(int Code, string Output)> ReplayAsync(string spool)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll"), "serve", "replay", "--spool-dir", spool })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["SEGMENT_WRITE_KEY_VALID"] = RunningServer.ValidKey;
        start.Environment["SEGMENT_WRITE_KEY_INVALID"] = RunningServer.InvalidKey;
        start.Environment["SEGMENT_API_HOST"] = SegmentApi.BaseAddress.ToString();
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task A_replay_sends_each_dead_letter_once_and_metrics_and_health_count_it()
    {
        var spool = Scratch.Sub("spool");
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid));
        SegmentApi.FailNext(1, status: 400);
        await server.PostAsync("/v1/track", Track(1));
        await Eventually.TrueAsync(() => Directory.Exists(Path.Combine(spool, "dead-letter")) && Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.json").Length == 1,
            "the refused batch is dead-lettered");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Http.GetAsync("/health")).StatusCode);

        var first = await ReplayAsync(spool);
        var second = await ReplayAsync(spool);

        Assert.True(first.Code == 0, first.Output);
        Assert.Contains("replayed 1 dead-lettered batch(es), 1 event(s); 0 still refused.", first.Output, StringComparison.Ordinal);
        Assert.True(second.Code == 0, second.Output);
        Assert.Contains("replayed 0 dead-lettered batch(es)", second.Output, StringComparison.Ordinal);
        var delivered = Assert.Single(SegmentApi.Messages);
        Assert.Equal("m1", (string?)delivered.Message["messageId"]);
        Assert.Equal(RunningServer.ValidKey, delivered.WriteKey);
        Assert.True(SegmentApi.Batches.Single().SentAtLag < TimeSpan.FromSeconds(2), "a replay sends a fresh sentAt");
        var metrics = await server.Http.GetStringAsync("/metrics");
        Assert.Contains("reflekt_dead_letters_replayed_total 1", metrics, StringComparison.Ordinal);
        Assert.Contains("reflekt_dead_letters 0", metrics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_letter_segment_still_refuses_stays_and_the_replay_exits_1()
    {
        var spool = Scratch.Sub("spool");
        await using (var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid)))
        {
            SegmentApi.FailNext(1, status: 400);
            await server.PostAsync("/v1/track", Track(1));
            await Eventually.TrueAsync(() => Directory.Exists(Path.Combine(spool, "dead-letter")) && Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.json").Length == 1,
                "the refused batch is dead-lettered");
        }
        SegmentApi.FailNext(1, status: 401);

        var (code, output) = await ReplayAsync(spool);

        Assert.True(code == 1, output);
        Assert.Contains("still refused: ", output, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.json"));
        Assert.Empty(SegmentApi.Messages);
    }
}
