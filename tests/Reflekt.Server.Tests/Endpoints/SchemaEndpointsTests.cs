using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;
using Reflekt.Testing;

namespace Reflekt.Server.Tests.Endpoints;

public sealed class SchemaEndpointsTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _dir = new();
    private SegmentTrackingApiStandIn _segment = null!;
    private RunningServer _server = null!;
    private string _schemas = null!;

    public async ValueTask InitializeAsync()
    {
        _segment = await SegmentTrackingApiStandIn.StartAsync();
        _schemas = TestSchemas.WriteAll(_dir.Sub("schemas"));
        _server = await RunningServer.StartAsync(RunningServer.Settings(_segment, _dir.Sub("spool"), _schemas));
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _segment.DisposeAsync();
        _dir.Dispose();
    }

    private Task<HttpResponseMessage> Admin(HttpMethod method, string path, string? body = null, string token = RunningServer.AdminToken)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return _server.Http.SendAsync(request);
    }

    [Fact]
    public async Task The_schema_api_needs_the_admin_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _server.Http.GetAsync("/schemas")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Admin(HttpMethod.Get, "/schemas", token: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Admin(HttpMethod.Delete, "/schemas/shop/Identify/1-0.json", token: "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Get_lists_and_reads_schemas_without_the_project_meta_schema()
    {
        var list = JsonNode.Parse(await (await Admin(HttpMethod.Get, "/schemas")).Content.ReadAsStringAsync())!.AsArray();
        var one = await Admin(HttpMethod.Get, "/schemas/shop/Identify/1-0.json");

        Assert.Equal(TestSchemas.All.Keys.Order(StringComparer.Ordinal), list.Select(s => (string)s!["id"]!));
        Assert.Contains(list, s => (string?)s!["id"] == "shop/Order_Completed/1-1.json" && (string?)s["name"] == "Order Completed" && (string?)s["version"] == "1-1");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(TestSchemas.Identify, await one.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Admin(HttpMethod.Get, "/schemas/shop/Nope/1-0.json")).StatusCode);
    }

    [Fact]
    public async Task Put_swaps_in_a_new_version_that_the_next_event_is_validated_against()
    {
        var v2 = TestSchemas.OrderCompleted11.Replace("1-1", "2-0").Replace("\"coupon\":{\"type\":\"string\"}", "\"coupon\":{\"type\":\"integer\"}");
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o","coupon":"X"},"messageId":"before"}""");

        var put = await Admin(HttpMethod.Put, "/schemas/shop/Order_Completed/2-0.json", v2);
        await _server.PostAsync("/v1/track", """{"userId":"u","event":"Order Completed","properties":{"order_id":"o","coupon":"X"},"messageId":"after"}""");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.True(File.Exists(Path.Combine(_schemas, "shop", "Order_Completed", "2-0.json")));
        await Eventually.TrueAsync(() => _segment.Messages.Count == 2, "both events reach Segment");
        var keyOf = _segment.Messages.ToDictionary(m => (string)m.Message["messageId"]!, m => m.WriteKey);
        Assert.Equal(RunningServer.ValidKey, keyOf["before"]);
        Assert.Equal(RunningServer.InvalidKey, keyOf["after"]);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"type":"strnig"}}}""", "/properties/a/type")]
    [InlineData("""{"type":"object","required":"a"}""", "/required")]
    [InlineData("""{"type":"object","minProperties":-1}""", "/minProperties")]
    public async Task Put_rejects_a_schema_that_fails_the_meta_schema_with_diagnostics(string schema, string pointer)
    {
        var response = await Admin(HttpMethod.Put, "/schemas/shop/Broken/1-0.json", schema);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_schema", (string?)body["code"]);
        Assert.Contains(body["errors"]!.AsArray(), e => (string?)e!["pointer"] == pointer && !string.IsNullOrEmpty((string?)e["message"]));
        Assert.False(File.Exists(Path.Combine(_schemas, "shop", "Broken", "1-0.json")));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"$id":"other/Thing/1-0.json","type":"object"}""")]
    public async Task Put_rejects_unparseable_schemas_and_mismatched_ids(string schema)
    {
        var response = await Admin(HttpMethod.Put, "/schemas/shop/Thing/1-0.json", schema);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/schemas/../escape.json")]
    [InlineData("/schemas/shop/.hidden/1-0.json")]
    [InlineData("/schemas/shop/Thing/1-0.txt")]
    public async Task Put_refuses_ids_that_are_not_safe_paths(string path)
    {
        var response = await Admin(HttpMethod.Put, path, """{"type":"object"}""");

        Assert.NotEqual(HttpStatusCode.Created, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "escape.json")));
    }

    [Fact]
    public async Task Delete_removes_a_schema_and_its_events_fall_back_to_the_missing_schema_policy()
    {
        var deleted = await Admin(HttpMethod.Delete, "/schemas/shop/Identify/1-0.json");
        await _server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"a@b.c"}}""");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(File.Exists(Path.Combine(_schemas, "shop", "Identify", "1-0.json")));
        Assert.Equal(HttpStatusCode.NotFound, (await Admin(HttpMethod.Delete, "/schemas/shop/Identify/1-0.json")).StatusCode);
        await Eventually.TrueAsync(() => _segment.Messages.Count == 1, "the event reaches Segment");
        Assert.Equal(RunningServer.InvalidKey, _segment.Messages.Single().WriteKey);
    }

    [Fact]
    public async Task A_schema_file_changed_on_disk_is_picked_up_without_a_restart()
    {
        var path = Path.Combine(_schemas, "shop", "Identify", "1-0.json");
        File.WriteAllText(path, TestSchemas.Identify.Replace("\"required\":[\"email\"]", "\"required\":[\"phone\"]"));

        await Eventually.TrueAsync(() => _server.Services.GetSchemaText("shop/Identify/1-0.json")?.Contains("phone") == true,
            "the watcher reloads the changed schema; " + _server.Services.WatcherState());
        await _server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"a@b.c"}}""");

        await Eventually.TrueAsync(() => _segment.Messages.Count == 1, "the event reaches Segment");
        Assert.Equal(RunningServer.InvalidKey, _segment.Messages.Single().WriteKey);
    }

    [Fact]
    public async Task The_upstream_example_project_schemas_all_load_and_validate_events()
    {
        var fixtures = SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas");
        await using var segment = await SegmentTrackingApiStandIn.StartAsync();
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(segment, _dir.Sub("spool-upstream"), fixtures) with
        {
            Configuration = new Dictionary<string, string?> { ["Schemas:Watch"] = "false" },
        });

        var expectedCount = Directory.EnumerateFiles(fixtures, "*.json", SearchOption.AllDirectories).Count(p => !p.Contains("/.reflekt/", StringComparison.Ordinal));
        var list = JsonNode.Parse(await (await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/schemas")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.AdminToken) },
        })).Content.ReadAsStringAsync())!.AsArray();
        await server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"a@b.c","user_id":"u"},"messageId":"ok"}""");
        await server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"a@b.c","nickname":"x"},"messageId":"extra"}""");

        Assert.Equal(expectedCount, list.Count);
        await Eventually.TrueAsync(() => segment.Messages.Count == 2, "both events reach Segment");
        var keyOf = segment.Messages.ToDictionary(m => (string)m.Message["messageId"]!, m => m.WriteKey);
        Assert.Equal(RunningServer.ValidKey, keyOf["ok"]);
        Assert.Equal(RunningServer.InvalidKey, keyOf["extra"]);
    }
}
