using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Ingestion;

/// <summary>
/// What a call is, beyond its schema: its call type picks the schema, an event naming nobody is invalid, the
/// request's media type is checked, and the gateway names itself to Segment.
/// </summary>
public sealed class CallRoutingTests : GatewayTest
{
    private Task<RunningServer> StartAsync() => RunningServer.StartAsync(
        RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), TestSchemas.WriteAll(Scratch.Sub("schemas")), MissingSchemaPolicy.ForwardInvalid));

    [Fact]
    public async Task A_page_named_like_a_track_event_is_checked_against_the_page_schema()
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync("/v1/batch", """
            {"batch":[{"type":"page","userId":"u","name":"Order Completed","properties":{"path":"/checkout"}},
                      {"type":"track","userId":"u","event":"Page Viewed","properties":{"path":"/"}}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "both events reach Segment");
        var page = Assert.Single(SegmentApi.Messages, m => (string?)m.Message["type"] == "page");
        Assert.Equal(RunningServer.ValidKey, page.WriteKey);
        // A track event named like the page schema has no track schema: unplanned, so invalid under forward-invalid.
        var track = Assert.Single(SegmentApi.Messages, m => (string?)m.Message["type"] == "track");
        Assert.Equal(RunningServer.InvalidKey, track.WriteKey);
        Assert.Equal("no schema found for track \"Page Viewed\"", (string?)track.Message["properties"]!["validation_errors"]![0]!["message"]);
    }

    [Fact]
    public async Task An_event_with_neither_userId_nor_anonymousId_is_routed_invalid()
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync("/v1/track", """{"event":"Order Completed","properties":{"order_id":"o"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        var sent = SegmentApi.Messages.Single();
        Assert.Equal(RunningServer.InvalidKey, sent.WriteKey);
        var error = sent.Message["properties"]!["validation_errors"]!.AsArray().Single()!;
        Assert.Equal("/userId", (string?)error["pointer"]);
        Assert.Equal("neither userId nor anonymousId is set (Segment drops such events)", (string?)error["message"]);
    }

    [Theory]
    [InlineData("application/json", HttpStatusCode.OK)]
    [InlineData("text/plain;charset=UTF-8", HttpStatusCode.OK)]
    [InlineData("application/xml", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType)]
    public async Task Only_json_and_plain_text_bodies_are_accepted(string contentType, HttpStatusCode expected)
    {
        await using var server = await StartAsync();
        var request = RunningServer.Post("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o"}}""");
        request.Content!.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await server.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.UnsupportedMediaType)
        {
            Assert.Equal("unsupported_media_type", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
        }
    }

    [Fact]
    public async Task Forwarded_batches_carry_the_gateway_user_agent()
    {
        await using var server = await StartAsync();

        await server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o"}}""");

        await Eventually.TrueAsync(() => SegmentApi.Batches.Count == 1, "the batch reaches Segment");
        Assert.StartsWith("reflekt/", SegmentApi.Batches.Single().UserAgent, StringComparison.Ordinal);
    }
}
