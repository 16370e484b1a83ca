using System.Net;
using System.Text.Json.Nodes;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Endpoints;

/// <summary>
/// Bug 4 of issue 19: GET /health reports each part's state and answers 503 when the spool cannot accept, when
/// forwarding has failed for longer than `--unhealthy-after`, or after dead-lettering; /health/live stays 200.
/// </summary>
public sealed class HealthTests : GatewayTest
{
    private static string Track(int i) => $$$"""{"userId":"u","event":"E","messageId":"m{{{i}}}","properties":{"pad":"{{{new string('x', 900)}}}"}}""";

    private static async Task<(HttpStatusCode Status, JsonNode Body)> HealthAsync(RunningServer server, string path = "/health")
    {
        var response = await server.Http.GetAsync(path);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Forwarding_that_keeps_failing_turns_degraded_then_unhealthy_and_back_to_ok()
    {
        var settings = RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid) with { UnhealthyAfter = TimeSpan.FromSeconds(2) };
        await using var server = await RunningServer.StartAsync(settings);
        Assert.Equal(HttpStatusCode.OK, (await HealthAsync(server)).Status);
        await SegmentApi.StopAsync();

        await server.PostAsync("/v1/track", Track(1));

        await Eventually.TrueAsync(async () => (string?)(await HealthAsync(server)).Body["status"] == "degraded", "health degrades while retrying");
        var (status, body) = await HealthAsync(server);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("retrying", (string?)body["forwarding"]!["state"]);
        Assert.NotNull((string?)body["forwarding"]!["failingSince"]);
        await Eventually.TrueAsync(async () => (await HealthAsync(server)).Status == HttpStatusCode.ServiceUnavailable, "health turns unhealthy after --unhealthy-after");
        Assert.Equal("failing", (string?)(await HealthAsync(server)).Body["forwarding"]!["state"]);
        var live = await HealthAsync(server, "/health/live");
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("ok", (string?)live.Body["status"]);

        await SegmentApi.StartAgainAsync();
        await Eventually.TrueAsync(async () => (string?)(await HealthAsync(server)).Body["status"] == "ok", "health recovers once Segment answers");
        Assert.Null((await HealthAsync(server)).Body["forwarding"]!["failingSince"]);
    }

    [Fact]
    public async Task A_full_spool_is_unhealthy()
    {
        var settings = RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid) with { SpoolMaxBytes = 10_000 };
        await using var server = await RunningServer.StartAsync(settings);
        await SegmentApi.StopAsync();

        for (var i = 0; i < 20; i++)
        {
            await server.PostAsync("/v1/track", Track(i));
        }

        var (status, body) = await HealthAsync(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.Equal("full", (string?)body["spool"]!["state"]);
        Assert.Equal(10_000, (long)body["spool"]!["maxBytes"]!);
    }

    [Fact]
    public async Task Dead_letters_make_health_unhealthy()
    {
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), policy: MissingSchemaPolicy.ForwardValid));
        SegmentApi.FailNext(1, status: 400);

        await server.PostAsync("/v1/track", Track(1));

        await Eventually.TrueAsync(async () => (await HealthAsync(server)).Status == HttpStatusCode.ServiceUnavailable, "the dead letter shows in /health");
        var body = (await HealthAsync(server)).Body;
        Assert.Equal("present", (string?)body["deadLetters"]!["state"]);
        Assert.Equal(1, (int)body["deadLetters"]!["count"]!);
        Assert.Equal("ok", (string?)body["spool"]!["state"]);
    }
}
