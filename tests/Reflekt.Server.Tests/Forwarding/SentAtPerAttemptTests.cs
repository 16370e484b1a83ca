using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

/// <summary>
/// Bug 5 of issue 19: Segment sets an event's time to `receivedAt − (sentAt − timestamp)`, so a retry that resends the
/// first attempt's `sentAt` shifts every event by the outage. Each attempt carries its own `sentAt`.
/// </summary>
public sealed class SentAtPerAttemptTests : GatewayTest
{
    [Fact]
    public async Task A_batch_delivered_after_retries_carries_the_sent_at_of_its_last_attempt()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid));
        // Two 429s asking for 1 s each: the delivering attempt is made about 2 s after the first.
        SegmentApi.FailNext(2, status: 429, retryAfterSeconds: 1);

        await server.PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"m1","timestamp":"2024-05-01T10:00:00.000Z"}""");

        await Eventually.TrueAsync(() => SegmentApi.Batches.Count == 1, "the event arrives after the 429s");
        var batch = SegmentApi.Batches.Single();
        Assert.Equal(2, SegmentApi.FailedRequests);
        Assert.True(batch.SentAtLag < TimeSpan.FromMilliseconds(800), $"sentAt lags the delivering request by {batch.SentAtLag}");
        Assert.True(batch.SentAtLag > TimeSpan.FromSeconds(-1), $"sentAt is {batch.SentAtLag} after arrival");
        // The client's own times are forwarded untouched.
        Assert.Equal("2024-05-01T10:00:00.000Z", (string?)batch.Body["batch"]![0]!["timestamp"]);
    }
}
