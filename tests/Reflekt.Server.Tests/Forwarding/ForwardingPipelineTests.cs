using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Reflekt.Server.Options;
using Reflekt.Server.Spool;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Forwarding;

/// <summary>The forwarder sends while earlier batches are in flight, but commits only what every earlier batch also delivered.</summary>
public sealed class ForwardingPipelineTests : GatewayTest
{
    private static string Track(string id) => $$$"""{"userId":"u","event":"E","messageId":"{{{id}}}","properties":{}}""";

    [Fact]
    public async Task A_later_window_is_delivered_while_an_earlier_one_is_held_and_the_offset_waits_for_the_earlier_one()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid));
        var spool = server.Services.GetRequiredService<DurableSpool>();
        var release = SegmentApi.HoldNext();

        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/track", Track("first"))).StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.HeldRequests == 1, "the first batch is in flight, held by Segment");
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/track", Track("second"))).StatusCode);

        await Eventually.TrueAsync(() => SegmentApi.Messages.Any(m => (string?)m.Message["messageId"] == "second"),
            "the second event is forwarded while the first is still in flight");
        Assert.Equal(2, spool.PendingRecords);
        Assert.Equal(new SpoolPosition(1, 0), spool.Committed);

        release.SetResult();
        await Eventually.TrueAsync(() => spool.PendingRecords == 0, "both windows are committed once the first is acknowledged");
        Assert.Equal(["first", "second"], SegmentApi.Messages.Select(m => (string)m.Message["messageId"]!).Order());
    }
}
