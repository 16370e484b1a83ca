using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Violations;

/// <summary>GET /v1/violations on the real server: invalid events counted per schema, pointer and kind, samples masked.</summary>
public sealed class ViolationEndpointTests : GatewayTest
{
    private const string BadPlan = """{"type":"group","userId":"u","groupId":"g","traits":{"plan":"gold","email":"ann@example.com","company":"Acme"}}""";

    private async Task<RunningServer> StartAsync(string spool, string? mask = null)
    {
        var settings = RunningServer.Settings(SegmentApi, spool, TestSchemas.WriteAll(Scratch.Sub("schemas")));
        return await RunningServer.StartAsync(mask is null ? settings : settings with { ViolationMaskProperties = mask });
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(RunningServer server, string query = "", string? token = RunningServer.AdminToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/violations" + query);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await server.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task Invalid_events_are_counted_per_schema_pointer_and_kind_with_a_masked_sample()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/group", BadPlan)).StatusCode);
        }
        await server.PostAsync("/v1/batch", """{"batch":[{"type":"track","userId":"u","event":"Order Completed","properties":{"revenue":"ten"}},{"type":"track","userId":"u","event":"Nobody Planned This"}]}""");
        await server.PostAsync("/v1/group", """{"type":"group","userId":"u","groupId":"g","traits":{"plan":"pro"}}""");

        var (status, body) = await GetAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = body!["violations"]!.AsArray();
        var plan = Assert.Single(rows, r => (string?)r!["pointer"] == "/traits/plan")!;
        Assert.Equal("shop/Group/1-0.json", (string?)plan["schema_id"]);
        Assert.Equal("enum", (string?)plan["kind"]);
        Assert.Equal(3, (long)plan["count"]!);
        Assert.Equal(3, plan["hourly"]!.AsArray().Sum(h => (long)h!["count"]!));
        Assert.True(DateTimeOffset.Parse((string)plan["first_seen"]!) <= DateTimeOffset.Parse((string)plan["last_seen"]!));
        Assert.Equal("***", (string?)plan["sample"]!["traits"]!["email"]);
        Assert.Equal("Acme", (string?)plan["sample"]!["traits"]!["company"]);
        Assert.Equal("gold", (string?)plan["sample"]!["traits"]!["plan"]);
        Assert.Equal(rows[0], plan); // most frequent first
        Assert.Contains(rows, r => (string?)r!["schema_id"] == "shop/Order_Completed/1-1.json" && (string?)r["pointer"] == "/properties/revenue" && (string?)r["kind"] == "type" && (long)r["count"]! == 1);
        Assert.Contains(rows, r => (string?)r!["schema_id"] == "shop/Order_Completed/1-1.json" && (string?)r["kind"] == "required");
        var unplanned = Assert.Single(rows, r => (string?)r!["kind"] == "no_schema")!;
        Assert.Null(unplanned["schema_id"]);
        Assert.Equal("Nobody Planned This", (string?)unplanned["event"]);
        Assert.DoesNotContain(rows, r => (string?)r!["sample"]?["traits"]?["plan"] == "pro");
    }

    [Fact]
    public async Task A_batch_counts_every_event_of_a_violation_it_repeats_and_each_of_an_events_violations_once()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"));
        var bad = """{"type":"group","userId":"u","groupId":"g","traits":{"plan":"gold","email":"ann@example.com"}}""";
        var alsoBadRevenue = """{"type":"track","userId":"u","event":"Order Completed","properties":{"revenue":"ten"}}""";

        var response = await server.PostAsync("/v1/batch", "{\"batch\":[" + string.Join(",", Enumerable.Repeat(bad, 40).Append(alsoBadRevenue).Append(alsoBadRevenue)) + "]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.PostAsync("/v1/group", bad);

        var rows = (await GetAsync(server)).Body!["violations"]!.AsArray();
        var plan = Assert.Single(rows, r => (string?)r!["pointer"] == "/traits/plan")!;
        Assert.Equal(41, (long)plan["count"]!);
        Assert.Equal("***", (string?)plan["sample"]!["traits"]!["email"]);
        Assert.Equal(2, (long)Assert.Single(rows, r => (string?)r!["pointer"] == "/properties/revenue" && (string?)r["kind"] == "type")!["count"]!);
    }

    [Fact]
    public async Task Findings_of_one_event_that_name_the_same_violation_count_once()
    {
        var schemas = TestSchemas.WriteAll(Scratch.Sub("schemas"));
        // Two branches fail the same keyword at the same place: two findings, one violation.
        Directory.CreateDirectory(Path.Combine(schemas, "shop", "Checkout_Started"));
        File.WriteAllText(Path.Combine(schemas, "shop", "Checkout_Started", "1-0.json"), """
            {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Checkout_Started/1-0.json",
             "self":{"vendor":"com.example","name":"Checkout Started","format":"jsonschema","version":"1-0","metadata":{}},
             "type":"object","allOf":[{"properties":{"step":{"type":"integer"}}},{"properties":{"step":{"type":"integer","minimum":1}}}]}
            """);
        await using var server = await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), schemas));
        var bad = """{"type":"track","userId":"u","event":"Checkout Started","properties":{"step":"two"}}""";

        await server.PostAsync("/v1/batch", "{\"batch\":[" + bad + "," + bad + "," + bad + "]}");

        var row = Assert.Single((await GetAsync(server)).Body!["violations"]!.AsArray())!;
        Assert.Equal("/properties/step", (string?)row["pointer"]);
        Assert.Equal("type", (string?)row["kind"]);
        Assert.Equal(3, (long)row["count"]!);
    }

    [Fact]
    public async Task An_event_whose_name_is_not_valid_Unicode_is_counted_under_its_raw_name()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"));
        // A cut emoji, as JSON.stringify writes it: the name cannot be decoded, so its escaped text stands in.
        var cut = """{"type":"track","userId":"u","event":"Order \ud83d","properties":{"revenue":1}}""";

        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("/v1/batch", "{\"batch\":[" + cut + "," + cut + "]}")).StatusCode);

        var row = Assert.Single((await GetAsync(server)).Body!["violations"]!.AsArray())!;
        Assert.Equal("unicode", (string?)row["kind"]);
        Assert.Equal("/event", (string?)row["pointer"]);
        Assert.Equal("Order \\ud83d", (string?)row["event"]);
        Assert.Equal(2, (long)row["count"]!);
    }

    [Fact]
    public async Task The_mask_list_is_configurable()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"), mask: "company");
        await server.PostAsync("/v1/group", BadPlan);

        var (_, body) = await GetAsync(server);

        var sample = body!["violations"]![0]!["sample"]!["traits"]!;
        Assert.Equal("***", (string?)sample["company"]);
        Assert.Equal("ann@example.com", (string?)sample["email"]);
    }

    [Fact]
    public async Task Since_narrows_the_window_and_a_bad_since_is_a_400()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"));
        await server.PostAsync("/v1/group", BadPlan);

        var (_, lastHour) = await GetAsync(server, "?since=1h");
        var (_, future) = await GetAsync(server, "?since=" + Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(2).ToString("O")));
        var (bad, error) = await GetAsync(server, "?since=yesterday");

        Assert.Single(lastHour!["violations"]!.AsArray());
        Assert.Empty(future!["violations"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Equal("invalid_since", (string?)error!["code"]);
    }

    [Fact]
    public async Task Violations_need_the_admin_token()
    {
        await using var server = await StartAsync(Scratch.Sub("spool"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(server, token: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(server, token: "wrong")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(server, token: RunningServer.WriteKey)).Status);
    }

    [Fact]
    public async Task Counters_survive_a_restart()
    {
        var spool = Scratch.Sub("spool");
        await using (var first = await StartAsync(spool))
        {
            await first.PostAsync("/v1/group", BadPlan);
            await first.PostAsync("/v1/group", BadPlan);
        }
        Assert.True(File.Exists(Path.Combine(spool, "violations.json")));

        await using var second = await StartAsync(spool);
        await second.PostAsync("/v1/group", BadPlan);
        var (_, body) = await GetAsync(second);

        var plan = Assert.Single(body!["violations"]!.AsArray(), r => (string?)r!["pointer"] == "/traits/plan")!;
        Assert.Equal(3, (long)plan["count"]!);
        Assert.Equal("***", (string?)plan["sample"]!["traits"]!["email"]);
    }

    [Fact]
    public async Task Counters_are_saved_periodically_without_a_shutdown()
    {
        var spool = Scratch.Sub("spool");
        var settings = RunningServer.Settings(SegmentApi, spool, TestSchemas.WriteAll(Scratch.Sub("schemas")));
        var configuration = new Dictionary<string, string?>(settings.Configuration) { ["Violations:FlushInterval"] = "00:00:00.100" };
        await using var server = await RunningServer.StartAsync(settings with { Configuration = configuration });

        await server.PostAsync("/v1/group", BadPlan);

        await Eventually.TrueAsync(() => File.Exists(Path.Combine(spool, "violations.json"))
            && File.ReadAllText(Path.Combine(spool, "violations.json")).Contains("/traits/plan", StringComparison.Ordinal), "the counters are saved");
    }
}
