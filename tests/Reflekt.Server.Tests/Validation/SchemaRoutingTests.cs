using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Json.Schema;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Validation;

public sealed class SchemaRoutingTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _dir = new();
    private SegmentTrackingApiStandIn _segment = null!;
    private RunningServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _segment = await SegmentTrackingApiStandIn.StartAsync();
        var schemas = TestSchemas.WriteAll(_dir.Sub("schemas"));
        _server = await RunningServer.StartAsync(RunningServer.Settings(_segment, _dir.Sub("spool"), schemas));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _segment.DisposeAsync();
        _dir.Dispose();
    }

    public static TheoryData<string, string, string, string?> Calls => new()
    {
        // call type, message, schema it must be checked against (null: valid, no errors expected), payload field
        { "track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o1","revenue":9.5,"coupon":"X"},"messageId":"t-valid","timestamp":"2024-05-01T10:00:00.000Z","context":{"library":{"name":"analytics.js","version":"5.0.0"}}}""", "properties", null },
        { "track", """{"userId":"u","event":"Order Completed","properties":{"order_id":7,"products":[{"price":"free"}]},"messageId":"t-invalid","timestamp":"2024-05-01T10:00:00.000Z","context":{"library":{"name":"analytics.js","version":"5.0.0"}}}""", "properties", TestSchemas.OrderCompleted11 },
        { "identify", """{"userId":"u","traits":{"email":"a@b.c"},"messageId":"i-valid","timestamp":"2024-05-01T10:00:00.000Z"}""", "traits", null },
        { "identify", """{"userId":"u","traits":{"phone":"123"},"messageId":"i-invalid","timestamp":"2024-05-01T10:00:00.000Z"}""", "traits", TestSchemas.Identify },
        { "page", """{"anonymousId":"a","name":"Page Viewed","properties":{"path":"/"},"messageId":"p-valid","timestamp":"2024-05-01T10:00:00.000Z"}""", "properties", null },
        { "page", """{"anonymousId":"a","name":"Home","properties":{"title":"Home"},"messageId":"p-invalid","timestamp":"2024-05-01T10:00:00.000Z"}""", "properties", TestSchemas.PageViewed },
        { "screen", """{"anonymousId":"a","name":"Screen Viewed","properties":{"screen_width":320},"messageId":"s-valid","timestamp":"2024-05-01T10:00:00.000Z"}""", "properties", null },
        { "screen", """{"anonymousId":"a","name":"Settings","properties":{"screen_width":"wide"},"messageId":"s-invalid","timestamp":"2024-05-01T10:00:00.000Z"}""", "properties", TestSchemas.ScreenViewed },
        { "group", """{"userId":"u","groupId":"g","traits":{"plan":"pro"},"messageId":"g-valid","timestamp":"2024-05-01T10:00:00.000Z"}""", "traits", null },
        { "group", """{"userId":"u","groupId":"g","traits":{"plan":"gold"},"messageId":"g-invalid","timestamp":"2024-05-01T10:00:00.000Z"}""", "traits", TestSchemas.Group },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Every_call_type_is_routed_by_its_schema_with_the_exact_payload(string type, string json, string field, string? violatedSchema)
    {
        var response = await _server.PostAsync($"/v1/{type}", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _segment.Messages.Count == 1, "the event reaches Segment");
        var (key, forwarded) = _segment.Messages.Single();
        var expected = JsonNode.Parse(json)!.AsObject();
        expected.Add("type", type);
        if (violatedSchema is null)
        {
            Assert.Equal(RunningServer.ValidKey, key);
        }
        else
        {
            Assert.Equal(RunningServer.InvalidKey, key);
            var errors = ExpectedErrors(violatedSchema, expected[field]!);
            Assert.NotEmpty(errors);
            if (field == "traits")
            {
                expected["traits"]!.AsObject().Add("validation_errors", errors.DeepClone());
                expected.Add("properties", new JsonObject { ["validation_errors"] = errors.DeepClone() });
            }
            else
            {
                expected["properties"]!.AsObject().Add("validation_errors", errors);
            }
        }
        Assert.True(JsonNode.DeepEquals(expected, forwarded), $"expected {expected.ToJsonString()}\nforwarded {forwarded.ToJsonString()}");
    }

    [Fact]
    public async Task Validation_errors_carry_a_pointer_into_the_payload_and_a_message()
    {
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":7,"products":[{"price":"free"}]}}""");

        await Eventually.TrueAsync(() => _segment.Messages.Count == 1, "the event reaches Segment");
        var errors = _segment.Messages.Single().Message["properties"]!["validation_errors"]!.AsArray();
        var pointers = errors.Select(e => (string?)e!["pointer"]).ToList();
        Assert.Contains("/order_id", pointers);
        Assert.Contains("/products/0/price", pointers);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace((string?)e!["message"])));
        // The pointer says where; the message says why, without saying where a second time.
        Assert.Contains(errors, e => (string?)e!["message"] == "expected string, got integer 7");
    }

    [Fact]
    public async Task An_explicit_schema_id_wins_over_the_latest_version()
    {
        // `coupon` exists only in 1-1: valid by name (latest), invalid when the event pins 1-0.
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o","coupon":"X"},"messageId":"latest"}""");
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o","coupon":"X","schema_id":"shop/Order_Completed/1-0.json"},"messageId":"pinned"}""");
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Renamed Later","properties":{"order_id":"o"},"context":{"schema_id":"shop/Order_Completed/1-0.json"},"messageId":"by-context"}""");
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o","schema_id":"shop/Order_Completed/9-9.json"},"messageId":"unknown"}""");

        await Eventually.TrueAsync(() => _segment.Messages.Count == 4, "all four events reach Segment");
        var keyOf = _segment.Messages.ToDictionary(m => (string)m.Message["messageId"]!, m => m.WriteKey);
        Assert.Equal(RunningServer.ValidKey, keyOf["latest"]);
        Assert.Equal(RunningServer.InvalidKey, keyOf["pinned"]);
        Assert.Equal(RunningServer.ValidKey, keyOf["by-context"]);
        Assert.Equal(RunningServer.InvalidKey, keyOf["unknown"]);
    }

    [Fact]
    public async Task A_mixed_batch_is_split_between_the_two_write_keys_in_order()
    {
        var items = Enumerable.Range(0, 250).Select(i => i % 5 == 0
            ? $$$"""{"type":"track","event":"Order Completed","userId":"u","messageId":"m{{{i}}}","properties":{"order_id":{{{i}}}}}"""
            : $$$"""{"type":"track","event":"Order Completed","userId":"u","messageId":"m{{{i}}}","properties":{"order_id":"o{{{i}}}"}}""");

        var response = await _server.PostAsync("/v1/batch", "{\"batch\":[" + string.Join(",", items) + "]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => _segment.Messages.Count == 250, "all 250 events reach Segment");
        // Segment's limits for one /v1/batch request.
        Assert.All(_segment.Batches, b => Assert.True(b.Body["batch"]!.AsArray().Count <= 2500 && b.Raw.Length <= 500 * 1024));
        var invalid = _segment.Messages.Where(m => m.WriteKey == RunningServer.InvalidKey).Select(m => (string)m.Message["messageId"]!).ToList();
        Assert.Equal(Enumerable.Range(0, 250).Where(i => i % 5 == 0).Select(i => $"m{i}"), invalid);
        Assert.Equal(200, _segment.Messages.Count(m => m.WriteKey == RunningServer.ValidKey));
    }

    private static JsonArray ExpectedErrors(string schema, JsonNode payload)
    {
        using var instance = JsonDocument.Parse(payload.ToJsonString());
        var result = JsonSchema.Compile(schema).Validate(instance.RootElement);
        return new JsonArray(result.Errors.Select(e => (JsonNode)new JsonObject { ["pointer"] = e.InstanceLocation, ["message"] = e.Reason }).ToArray());
    }
}
