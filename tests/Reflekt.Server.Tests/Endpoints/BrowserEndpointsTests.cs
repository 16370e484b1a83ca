using System.Net;
using System.Text.Json.Nodes;
using Reflekt.Server.Endpoints;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Endpoints;

/// <summary>What analytics.js needs from the gateway besides the calls: short paths, CORS on tracking only, source settings.</summary>
public sealed class BrowserEndpointsTests : GatewayTest
{
    private const string Page = "http://shop.example:5173";

    private Task<RunningServer> StartAsync(CorsOrigins? origins = null) =>
        RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool-" + Guid.NewGuid().ToString("N"))) with
        {
            CorsOrigins = origins ?? CorsOrigins.Any,
        });

    public static TheoryData<string, string> ShortPaths => new()
    {
        { "/t", "track" }, { "/p", "page" }, { "/i", "identify" }, { "/g", "group" }, { "/a", "alias" }, { "/s", "screen" },
        { "/v1/t", "track" }, { "/v1/p", "page" }, { "/v1/i", "identify" }, { "/v1/g", "group" }, { "/v1/a", "alias" }, { "/v1/s", "screen" },
    };

    [Theory]
    [MemberData(nameof(ShortPaths))]
    public async Task A_short_path_is_the_call_its_letter_names(string path, string type)
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync(path, """{"userId":"u1","event":"E","name":"N","groupId":"g","previousId":"p","messageId":"m1"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 1, "the event reaches Segment");
        Assert.Equal(type, (string?)SegmentApi.Messages.Single().Message["type"]);
    }

    [Theory]
    [InlineData("/b")]
    [InlineData("/v1/b")]
    public async Task The_short_batch_path_takes_a_batch(string path)
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync(path, """{"batch":[{"type":"track","userId":"u1","event":"E"},{"type":"identify","userId":"u1"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => SegmentApi.Messages.Count == 2, "both events reach Segment");
    }

    [Theory]
    [InlineData("/v1/t")]
    [InlineData("/b")]
    [InlineData("/v1/batch")]
    [InlineData("/v1/projects/registry-key/settings")]
    public async Task A_preflight_on_a_tracking_endpoint_allows_any_origin_by_default(string path)
    {
        await using var server = await StartAsync();

        using var response = await server.Http.SendAsync(Preflight(path, Page));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_call_from_a_page_is_answered_with_the_allowed_origin()
    {
        await using var server = await StartAsync();
        var request = RunningServer.Post("/v1/t", """{"userId":"u1","event":"E"}""");
        request.Headers.Add("Origin", Page);

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/schemas")]
    [InlineData("/schemas/shop/Order_Completed/1-0.json")]
    [InlineData("/health")]
    [InlineData("/metrics")]
    public async Task The_schema_and_admin_API_never_answer_cors(string path)
    {
        await using var server = await StartAsync();

        using var preflight = await server.Http.SendAsync(Preflight(path, Page));
        var get = new HttpRequestMessage(HttpMethod.Get, path);
        get.Headers.Add("Origin", Page);
        get.Headers.Authorization = new("Bearer", RunningServer.AdminToken);
        using var response = await server.Http.SendAsync(get);

        Assert.NotEqual(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"), $"{path} preflight answered CORS");
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), $"{path} answered CORS");
    }

    [Fact]
    public async Task Listed_origins_are_allowed_and_others_are_not()
    {
        await using var server = await StartAsync(CorsOrigins.Parse("https://shop.example, http://localhost:3000"));

        using var allowed = await server.Http.SendAsync(Preflight("/v1/t", "http://localhost:3000"));
        using var other = await server.Http.SendAsync(Preflight("/v1/t", "https://evil.example"));

        Assert.Equal("http://localhost:3000", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"), "an unlisted origin was allowed");
    }

    [Theory]
    [InlineData("https://shop.example/path")]
    [InlineData("shop.example")]
    [InlineData("ftp://shop.example")]
    [InlineData("*,https://shop.example")]
    [InlineData(" , ")]
    public void A_bad_origin_list_is_refused_by_name(string text)
    {
        var error = Assert.Throws<ReflektException>(() => CorsOrigins.Parse(text));

        Assert.Contains("--cors-origins", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/projects/registry-key/settings", "/v1")]
    [InlineData("/validate/segment/v1/projects/registry-key/settings", "/validate/segment/v1")]
    public async Task The_source_settings_name_the_gateway_as_the_Segment_io_host(string path, string prefix)
    {
        await using var server = await StartAsync();

        var settings = JsonNode.Parse(await server.Http.GetStringAsync(path))!;

        var segmentIo = settings["integrations"]!["Segment.io"]!;
        Assert.Equal(RunningServer.WriteKey, (string?)segmentIo["apiKey"]);
        Assert.Equal(server.Address.Authority + prefix, (string?)segmentIo["apiHost"]);
        Assert.Equal("http", (string?)segmentIo["protocol"]);
        Assert.Single(settings["integrations"]!.AsObject());
        Assert.Equal(0, (double)settings["metrics"]!["sampleRate"]!);
    }

    [Fact]
    public async Task The_source_settings_of_another_write_key_are_not_found()
    {
        await using var server = await StartAsync();

        using var response = await server.Http.GetAsync("/v1/projects/someone-else/settings");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not_found", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    private static HttpRequestMessage Preflight(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        // analytics.js GETs its settings and POSTs its calls.
        request.Headers.Add("Access-Control-Request-Method", path.EndsWith("/settings", StringComparison.Ordinal) ? "GET" : "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
