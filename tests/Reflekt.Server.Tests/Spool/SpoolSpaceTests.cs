using System.Diagnostics;
using System.Net;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Spool;

/// <summary>
/// Bug 3 of issue 19: delivered events give their disk space back as soon as the backlog drains (not only at 64 MB
/// rotation), `--spool-max-bytes` bounds the spool, and a full spool or disk answers 503 with Retry-After until
/// space returns — never a stuck state.
/// </summary>
public sealed class SpoolSpaceTests : GatewayTest
{
    private static string Track(int i) => $$$"""{"userId":"u","event":"E","messageId":"m{{{i}}}","properties":{"pad":"{{{new string('x', 900)}}}"}}""";

    private static long SegmentBytes(string spool) =>
        Directory.GetFiles(spool, "segment-*.spool").Sum(f => new FileInfo(f).Length);

    [Fact]
    public async Task A_drained_backlog_leaves_no_segment_bytes_behind()
    {
        var spool = Scratch.Sub("spool");
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid));

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/track", Track(i))).StatusCode);
        }

        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 50, "every event reaches Segment");
        await Eventually.TrueAsync(() => SegmentBytes(spool) == 0, "the delivered segment is reclaimed");
        // And the spool goes on working from its fresh segment, also after a restart.
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/track", Track(50))).StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 51, "the next event arrives");
    }

    [Fact]
    public async Task A_full_spool_answers_503_with_retry_after_until_it_drains()
    {
        var spool = Scratch.Sub("spool");
        var settings = RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid) with { SpoolMaxBytes = 20_000 };
        await using var server = await RunningServer.StartAsync(settings);
        await SegmentApi.StopAsync();

        var accepted = 0;
        HttpResponseMessage response;
        while ((response = await server.PostAsync("/v1/track", Track(accepted))).StatusCode == HttpStatusCode.OK)
        {
            accepted++;
            Assert.True(accepted < 100, "the bound never refused a request");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("spool_full", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(SegmentBytes(spool) <= 20_000, $"{SegmentBytes(spool)} bytes on disk");
        await SegmentApi.StartAgainAsync();
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == accepted, "the accepted events drain");
        await Eventually.TrueAsync(async () => (await server.PostAsync("/v1/track", Track(1000))).StatusCode == HttpStatusCode.OK, "requests are accepted again");
    }

    [Fact]
    public async Task A_full_disk_answers_503_then_recovers_once_the_backlog_drains()
    {
        var spool = Scratch.Sub("spool");
        using var volume = SmallVolume.TryMount(spool, "256k");
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.ForwardValid));
        await SegmentApi.StopAsync();

        var accepted = 0;
        HttpResponseMessage response;
        while ((response = await server.PostAsync("/v1/track", Track(accepted))).StatusCode == HttpStatusCode.OK)
        {
            accepted++;
            Assert.True(accepted < 1000, "a 256 KB volume never filled");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("spool_unavailable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
        await SegmentApi.StartAgainAsync();
        await Eventually.TrueAsync(() => SegmentApi.Messages.Select(m => (string)m.Message["messageId"]!).Distinct().Count() == accepted, "every accepted event drains");
        await Eventually.TrueAsync(async () => (await server.PostAsync("/v1/track", Track(5000))).StatusCode == HttpStatusCode.OK, "the full disk is no stuck state");
        await Eventually.TrueAsync(() => SegmentApi.Messages.Any(m => (string)m.Message["messageId"]! == "m5000"), "the new event arrives");
    }

    /// <summary>A tmpfs of a few hundred KB mounted over a folder (root only); the test is skipped where mounting is not allowed.</summary>
    private sealed class SmallVolume : IDisposable
    {
        private readonly string _path;

        private SmallVolume(string path) => _path = path;

        public static SmallVolume TryMount(string path, string size)
        {
            var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
            if (code != 0)
            {
                Assert.Skip($"no small volume for the disk-full test: mount -t tmpfs failed ({output.Trim()})");
            }
            return new SmallVolume(path);
        }

        public void Dispose() => Run("umount", "-l", _path);

        private static (int Code, string Output) Run(string file, params string[] arguments)
        {
            try
            {
                var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                process.WaitForExit();
                return (process.ExitCode, output);
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                return (-1, exception.Message);
            }
        }
    }
}
