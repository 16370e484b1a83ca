using System.Net;
using System.Text.Json.Nodes;
using Reflekt.Server.Options;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Endpoints;

public sealed class TrackingEndpointsTests : GatewayTest
{
    private Task<RunningServer> StartAsync(MissingSchemaPolicy policy = MissingSchemaPolicy.ForwardInvalid) =>
        RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool-" + Guid.NewGuid().ToString("N")), policy: policy));

    public static TheoryData<string, string> SingleCalls => new()
    {
        { "track", """{"userId":"u1","event":"Order Completed","properties":{"revenue":14.99},"messageId":"m-track","timestamp":"2024-01-02T03:04:05.678Z","context":{"library":{"name":"analytics-python","version":"2.2.2"}}}""" },
        { "identify", """{"userId":"u1","traits":{"email":"a@b.c"},"messageId":"m-identify","timestamp":"2024-01-02T03:04:05.678Z"}""" },
        { "page", """{"anonymousId":"a1","name":"Home","properties":{"path":"/"},"messageId":"m-page","timestamp":"2024-01-02T03:04:05.678Z"}""" },
        { "screen", """{"anonymousId":"a1","name":"Settings","properties":{},"messageId":"m-screen","timestamp":"2024-01-02T03:04:05.678Z"}""" },
        { "group", """{"userId":"u1","groupId":"g1","traits":{"plan":"pro"},"messageId":"m-group","timestamp":"2024-01-02T03:04:05.678Z"}""" },
        { "alias", """{"userId":"u1","previousId":"a1","messageId":"m-alias","timestamp":"2024-01-02T03:04:05.678Z"}""" },
    };

    [Theory]
    [MemberData(nameof(SingleCalls))]
    public async Task Without_schemas_forward_valid_sends_every_call_type_unchanged_to_the_valid_key(string type, string json)
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);

        var response = await server.PostAsync($"/v1/{type}", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        var (key, message) = SegmentApi.Messages.Single();
        Assert.Equal(RunningServer.ValidKey, key);
        var expected = JsonNode.Parse(json)!.AsObject();
        expected.Add("type", type);
        Assert.True(JsonNode.DeepEquals(expected, message), $"forwarded {message.ToJsonString()}");
    }

    [Theory]
    [InlineData("track")]
    [InlineData("page")]
    [InlineData("screen")]
    [InlineData("identify")]
    [InlineData("group")]
    public async Task Without_a_schema_the_default_policy_routes_to_the_invalid_key_with_validation_errors(string type)
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync($"/validate/segment/v1/{type}",
            """{"userId":"u1","event":"Nothing Known","name":"Nowhere","messageId":"m1","timestamp":"2024-01-02T03:04:05.678Z"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        var (key, message) = SegmentApi.Messages.Single();
        Assert.Equal(RunningServer.InvalidKey, key);
        Assert.Equal("m1", (string?)message["messageId"]);
        var errors = message["properties"]!["validation_errors"]!.AsArray();
        Assert.Equal("", (string?)errors[0]!["pointer"]);
        Assert.StartsWith($"no schema found for {type}", (string?)errors[0]!["message"]);
        if (type is "identify" or "group")
        {
            Assert.NotNull(message["traits"]!["validation_errors"]);
        }
    }

    [Fact]
    public async Task A_batch_merges_outer_context_and_integrations_and_drops_the_write_key()
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);
        var body = """
            {"writeKey":"registry-key","context":{"ip":"1.2.3.4","locale":"en"},"integrations":{"All":false},
             "batch":[
               {"type":"track","event":"A","userId":"u","messageId":"b1","timestamp":"2024-01-01T00:00:00.000Z","context":{"locale":"fr"}},
               {"type":"identify","userId":"u","messageId":"b2","timestamp":"2024-01-01T00:00:00.000Z","traits":{}}
             ],"sentAt":"2024-01-01T00:00:01.000Z"}
            """;

        var response = await server.PostAsync("/v1/batch", body, writeKey: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "both events reach Segment");
        var messages = SegmentApi.Messages.Select(m => m.Message).ToList();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"ip":"1.2.3.4","locale":"fr"}"""), messages[0]["context"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"ip":"1.2.3.4","locale":"en"}"""), messages[1]["context"]));
        Assert.All(messages, m => Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"All":false}"""), m["integrations"])));
        Assert.All(messages, m => Assert.Null(m["writeKey"]));
        Assert.Equal(["b1", "b2"], messages.Select(m => (string?)m["messageId"]));
    }

    [Fact]
    public async Task A_message_without_messageId_or_timestamp_gets_them_once_before_spooling()
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);

        await server.PostAsync("/v1/track", """{"userId":"u","event":"A"}""");

        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        var message = SegmentApi.Messages.Single().Message;
        Assert.StartsWith("reflekt-", (string?)message["messageId"]);
        Assert.NotNull((string?)message["timestamp"]);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task A_wrong_or_missing_write_key_gets_401_and_nothing_is_forwarded(string key)
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);

        var byHeader = await server.PostAsync("/v1/track", """{"userId":"u","event":"A"}""", key.Length == 0 ? null : key);
        var byBody = await server.PostAsync("/v1/track", $$"""{"userId":"u","event":"A","writeKey":"{{key}}"}""", writeKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byBody.StatusCode);
        Assert.Equal(0, (await server.PostAsync("/v1/track", """{"userId":"u","event":"ok"}""")).StatusCode == HttpStatusCode.OK ? 0 : 1);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "only the authorised event arrives");
        Assert.Equal("ok", (string?)SegmentApi.Messages.Single().Message["event"]);
    }

    [Fact]
    public async Task A_non_empty_basic_password_is_refused()
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);
        var request = RunningServer.Post("/v1/track", """{"userId":"u","event":"A"}""", writeKey: null);
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("registry-key:secret"u8.ToArray()));

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string, string> BadRequests()
    {
        var deep = new string('[', 200) + new string(']', 200);
        return new()
        {
            { "/v1/track", "{\"userId\":\"u\",\"event\":", "invalid_json" },
            { "/v1/track", "[1,2,3]", "invalid_request" },
            { "/v1/track", "{\"userId\":\"u\",\"event\":\"A\",\"properties\":{\"x\":" + deep + "}}", "invalid_json" },
            { "/v1/track", "{\"userId\":\"u\",\"event\":\"A\",\"properties\":{\"pad\":\"" + new string('x', 33 * 1024) + "\"}}", "payload_too_large" },
            { "/v1/batch", "{\"batch\":[" + string.Join(",", Enumerable.Repeat("{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\",\"properties\":{\"pad\":\"" + new string('x', 20 * 1024) + "\"}}", 30)) + "]}", "payload_too_large" },
            { "/v1/batch", "{\"batch\":[{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\",\"properties\":{\"pad\":\"" + new string('x', 40 * 1024) + "\"}}]}", "payload_too_large" },
            { "/v1/batch", "{\"batch\":[" + string.Join(",", Enumerable.Repeat("{\"type\":\"track\",\"event\":\"A\"}", 2501)) + "]}", "too_many_events" },
            { "/v1/batch", "{\"batch\":[" + string.Join(",", Enumerable.Repeat("0", 100_000)) + "]}", "too_many_events" },
            { "/v1/batch", "{\"batch\":[{\"event\":\"A\"}]}", "invalid_request" },
            { "/v1/batch", "{\"batch\":{}}", "invalid_request" },
        };
    }

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_payloads_get_400_with_a_code_and_the_server_stays_up(string path, string body, string code)
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);

        var response = await server.PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(code, (string?)error["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/track", """{"userId":"u","event":"after"}""")).StatusCode);
    }

    [Fact]
    public async Task The_reject_policy_refuses_the_unknown_event_alone_into_a_rejected_dead_letter()
    {
        var spool = Scratch.Sub("spool-reject");
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, spool, policy: MissingSchemaPolicy.Reject));

        var response = await server.PostAsync("/v1/batch", """{"batch":[{"type":"alias","userId":"u","previousId":"p","messageId":"kept"},{"type":"track","event":"Unknown","userId":"u","messageId":"refused"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the alias arrives");
        Assert.Equal("kept", (string?)SegmentApi.Messages.Single().Message["messageId"]);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(spool, "dead-letter"), "*.rejected.json"));
        var letter = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        Assert.Equal("rejected", (string?)letter["route"]);
        var refused = letter["request"]!["batch"]!.AsArray().Single()!;
        Assert.Equal("refused", (string?)refused["messageId"]);
        Assert.Equal("no schema found for track \"Unknown\"", (string?)refused["properties"]!["validation_errors"]![0]!["message"]);
        var metrics = await server.Http.GetStringAsync("/metrics");
        Assert.Contains("reflekt_events_rejected_total 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_body_is_accepted_like_analytics_python_sends_it()
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("{\"batch\":[{\"type\":\"track\",\"event\":\"A\",\"userId\":\"u\",\"messageId\":\"gz\"}]}"u8);
        }
        var request = RunningServer.Post("/v1/batch", "");
        request.Content = new ByteArrayContent(compressed.ToArray());
        request.Content.Headers.ContentType = new("application/json");
        request.Content.Headers.ContentEncoding.Add("gzip");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        Assert.Equal("gz", (string?)SegmentApi.Messages.Single().Message["messageId"]);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_as_too_large()
    {
        await using var server = await StartAsync(MissingSchemaPolicy.ForwardValid);
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("{\"userId\":\"u\",\"event\":\"A\",\"properties\":{\"pad\":\"" + new string('x', 10_000_000) + "\"}}"));
        }
        var request = RunningServer.Post("/v1/track", "");
        request.Content = new ByteArrayContent(compressed.ToArray());
        request.Content.Headers.ContentEncoding.Add("gzip");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.GetAsync("/health")).StatusCode);
    }
}
