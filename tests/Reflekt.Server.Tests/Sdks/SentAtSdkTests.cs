using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Sdks;

/// <summary>
/// Bug 5 of issue 19 through the real SDKs: events an SDK sent while Segment was failing reach Segment with a `sentAt`
/// of the delivering attempt, so Segment's `receivedAt − (sentAt − timestamp)` keeps each event's own time.
/// </summary>
public sealed class SentAtSdkTests
{
    [Theory]
    [MemberData(nameof(NodeSdkTests.Sdks), MemberType = typeof(NodeSdkTests))]
    public async Task Events_forwarded_after_an_outage_keep_their_time(string sdk)
    {
        await using var run = await NodeSdkRun.StartAsync();
        // 503s with the production backoff (0.5 s, doubling): the first delivering attempt is seconds after the first try.
        run.Segment.FailNext(3, status: 503);

        var sent = await run.SendAsync(sdk, """
            [
              {"type":"track","userId":"u","event":"Order Completed","properties":{"order_id":"o1"}},
              {"type":"identify","userId":"u","traits":{"email":"jo@example.com"}},
              {"type":"page","userId":"u","name":"Page Viewed","properties":{"path":"/"}}
            ]
            """);

        Assert.True(sent.ExitCode == 0, sent.Output);
        await Eventually.TrueAsync(() => run.Segment.Messages.Count >= 3, "3 events reach Segment after the outage");
        Assert.Equal(3, run.Segment.FailedRequests);
        Assert.All(run.Segment.Batches, batch =>
            Assert.True(batch.SentAtLag < TimeSpan.FromMilliseconds(800), $"sentAt lags the delivering request by {batch.SentAtLag}"));
        // What Segment would compute for each event: receivedAt − (sentAt − timestamp), within a second of the SDK's own time.
        Assert.All(run.Segment.Batches, batch => Assert.All(batch.Body["batch"]!.AsArray(), message =>
        {
            var timestamp = DateTimeOffset.Parse((string)message!["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture);
            var sentAt = batch.ReceivedAt - batch.SentAtLag;
            var segmentTime = batch.ReceivedAt - (sentAt - timestamp);
            Assert.True((segmentTime - timestamp).Duration() < TimeSpan.FromSeconds(1), $"Segment would place the event {segmentTime - timestamp} off");
        }));
    }
}
