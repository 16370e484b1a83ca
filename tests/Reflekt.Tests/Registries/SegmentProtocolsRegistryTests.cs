using System.Diagnostics;
using System.Text.Json.Nodes;
using Reflekt.Registries;
using Reflekt.Registries.Segment;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries;

public sealed class SegmentRegistryTests : IAsyncLifetime
{
    private const string Token = "sgp_test_token";
    private readonly SegmentPublicApiStandIn _segment = new(Token);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => new(_segment.StartAsync());

    public ValueTask DisposeAsync() => _segment.DisposeAsync();

    private SegmentProtocolsRegistry Registry(string token = Token, int pageSize = 200) =>
        new(new SegmentSettings(token) { BaseUrl = _segment.BaseUrl, PageSize = pageSize }, LocalSchemas.FastRetries);

    private static IReadOnlyList<RegistrySchema> JaffleShop => LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop");

    private static IReadOnlyList<RegistrySchema> OrderCompleted => LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop/Order_Completed");

    [Fact]
    public async Task Push_to_a_new_plan_creates_it_and_uploads_its_rules_in_the_same_run()
    {
        var result = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        Assert.Equal(
            ["GET /tracking-plans", "POST /tracking-plans", "PUT /tracking-plans/tp_standin1/rules"],
            _segment.Requests.Select(r => r.Line));
        Assert.All(_segment.Requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
        Assert.Equal("?pagination%5Bcount%5D=200", _segment.Requests[0].Query);
        Assert.Equal("""{"name":"jaffle_shop","type":"LIVE"}""", _segment.Requests[1].Body);
        var rules = _segment.Requests[2].Json!["rules"]!.AsArray();
        Assert.Equal(9, rules.Count);
        Assert.Equal(9, _segment.Rules("tp_standin1").Count);
        Assert.All(result.Changes, c => Assert.Equal(ChangeKind.Add, c.Kind));
        Assert.Contains(result.Notes, n => n.Contains("did not exist; created it", StringComparison.Ordinal));

        // contracts.md §1.4: TRACK properties under properties.properties, description and labels on top.
        var order = rules.Single(r => (string?)r!["key"] == "Order Completed")!;
        Assert.Equal("TRACK", (string?)order["type"]);
        Assert.Equal(1, (int)order["version"]!);
        var js = order["jsonSchema"]!;
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)js["$schema"]);
        Assert.Equal("User completed an order (i.e., user confirmed and payment was successful).", (string?)js["description"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject(), js["labels"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject(), js["properties"]!["context"]));
        Assert.True(JsonNode.DeepEquals(new JsonObject(), js["properties"]!["traits"]));
        var props = js["properties"]!["properties"]!;
        Assert.Equal("object", (string?)props["type"]);
        Assert.True(JsonNode.DeepEquals(OrderCompleted[0].Document["properties"], props["properties"]));
        Assert.True(JsonNode.DeepEquals(OrderCompleted[0].Document["required"], props["required"]));
        Assert.False((bool)props["additionalProperties"]!);

        // IDENTIFY: no key, traits under properties.traits.
        var identify = rules.Single(r => (string?)r!["type"] == "IDENTIFY")!;
        Assert.Null(identify["key"]);
        Assert.Equal("string", (string?)identify["jsonSchema"]!["properties"]!["traits"]!["properties"]!["email"]!["type"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject(), identify["jsonSchema"]!["properties"]!["properties"]));

        // PAGE: "Page Viewed" is the page() call, keyless, properties under properties.properties.
        var page = rules.Single(r => (string?)r!["type"] == "PAGE")!;
        Assert.Null(page["key"]);
        Assert.NotNull(page["jsonSchema"]!["properties"]!["properties"]!["properties"]!["path"]);
    }

    [Fact]
    public async Task Whole_plan_push_replaces_every_rule_with_PUT()
    {
        var id = _segment.AddPlan("jaffle_shop");
        _segment.AddRule(id, Rule("TRACK", "Old Event", 1));

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        Assert.Equal(
            ["GET /tracking-plans", $"GET /tracking-plans/{id}/rules", $"PUT /tracking-plans/{id}/rules"],
            _segment.Requests.Select(r => r.Line));
        Assert.Equal(9, _segment.Requests[2].Json!["rules"]!.AsArray().Count);
        Assert.DoesNotContain(_segment.Rules(id), r => (string?)r["key"] == "Old Event");
        Assert.Contains(new RegistryChange(ChangeKind.Remove, "TRACK \"Old Event\" v1"), result.Changes);
        Assert.Equal(9, result.Changes.Count(c => c.Kind == ChangeKind.Add));
    }

    [Fact]
    public async Task Single_event_push_upserts_one_rule_with_PATCH_and_keeps_the_others()
    {
        var id = _segment.AddPlan("jaffle_shop");
        _segment.AddRule(id, Rule("TRACK", "Other Event", 1));

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed", OrderCompleted), Ct);

        Assert.Equal(
            ["GET /tracking-plans", $"GET /tracking-plans/{id}/rules", $"PATCH /tracking-plans/{id}/rules"],
            _segment.Requests.Select(r => r.Line));
        var sent = _segment.Requests[2].Json!["rules"]!.AsArray();
        Assert.Equal("Order Completed", (string?)Assert.Single(sent)!["key"]);
        Assert.Equal(["Order Completed", "Other Event"], _segment.Rules(id).Select(r => (string?)r["key"]).Order());
        Assert.Equal([new RegistryChange(ChangeKind.Add, "TRACK \"Order Completed\" v1")], result.Changes);
    }

    [Fact]
    public async Task Single_event_push_to_a_new_plan_creates_it_then_upserts()
    {
        await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed/1-0", OrderCompleted), Ct);

        Assert.Equal(
            ["GET /tracking-plans", "POST /tracking-plans", "PATCH /tracking-plans/tp_standin1/rules"],
            _segment.Requests.Select(r => r.Line));
    }

    [Fact]
    public async Task Delete_removes_the_selected_rules_with_DELETE_and_a_bracket_query()
    {
        var id = _segment.AddPlan("jaffle_shop");
        _segment.AddRule(id, Rule("TRACK", "Order Completed", 1));
        _segment.AddRule(id, Rule("TRACK", "Other Event", 1));

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed", OrderCompleted) { Delete = true }, Ct);

        Assert.Equal(
            ["GET /tracking-plans", $"GET /tracking-plans/{id}/rules", $"DELETE /tracking-plans/{id}/rules"],
            _segment.Requests.Select(r => r.Line));
        Assert.Equal(
            [KeyValuePair.Create("rules[0][type]", "TRACK"), KeyValuePair.Create("rules[0][key]", "Order Completed"), KeyValuePair.Create("rules[0][version]", "1")],
            _segment.Requests[2].QueryParameters);
        Assert.Equal("", _segment.Requests[2].Body);
        Assert.Equal(["Other Event"], _segment.Rules(id).Select(r => (string?)r["key"]));
        Assert.Equal([new RegistryChange(ChangeKind.Remove, "TRACK \"Order Completed\" v1")], result.Changes);
    }

    [Fact]
    public async Task Delete_from_a_missing_plan_fails_and_sends_nothing()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() =>
            Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop) { Delete = true }, Ct));

        Assert.Contains("'jaffle_shop' not found", e.Message, StringComparison.Ordinal);
        Assert.Equal(["GET /tracking-plans"], _segment.Requests.Select(r => r.Line));
    }

    [Fact]
    public async Task Dry_run_lists_rules_to_add_change_and_remove_and_sends_only_reads()
    {
        var id = _segment.AddPlan("jaffle_shop");
        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        // Make one rule differ, drop another, add a stray one.
        var rules = _segment.Rules(id);
        var identify = rules.Single(r => (string?)r["type"] == "IDENTIFY");
        identify["jsonSchema"]!["description"] = "changed in the Segment UI";
        var kept = rules.Where(r => (string?)r["key"] != "Cart Viewed").ToList();
        kept.Add(Rule("TRACK", "Stray Event", 2));
        _segment.SetRules(id, kept);
        _segment.ClearRequests();

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop) { DryRun = true }, Ct);

        Assert.True(result.DryRun);
        Assert.Equal(["GET /tracking-plans", $"GET /tracking-plans/{id}/rules"], _segment.Requests.Select(r => r.Line));
        Assert.Contains(new RegistryChange(ChangeKind.Add, "TRACK \"Cart Viewed\" v1"), result.Changes);
        Assert.Contains(new RegistryChange(ChangeKind.Change, "IDENTIFY v1"), result.Changes);
        Assert.Contains(new RegistryChange(ChangeKind.Remove, "TRACK \"Stray Event\" v2"), result.Changes);
        Assert.Equal(7, result.Changes.Count(c => c.Kind == ChangeKind.Unchanged));
        Assert.Equal(kept.Count, _segment.Rules(id).Count);
    }

    [Fact]
    public async Task Dry_run_for_a_missing_plan_creates_nothing()
    {
        var result = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop) { DryRun = true }, Ct);

        Assert.Equal(["GET /tracking-plans"], _segment.Requests.Select(r => r.Line));
        Assert.Equal(9, result.Changes.Count(c => c.Kind == ChangeKind.Add));
        Assert.Contains(result.Notes, n => n.Contains("would be created", StringComparison.Ordinal));
        Assert.Null(_segment.PlanId("jaffle_shop"));
    }

    [Fact]
    public async Task Push_sends_the_highest_minor_of_each_major_and_says_so()
    {
        var v10 = OrderCompleted[0];
        var v11 = LocalSchemas.Copy(v10, "jaffle_shop/Order_Completed/1-1.json", "1-1");
        v11.Document["description"] = "minor 1";
        var v20 = LocalSchemas.Copy(v10, "jaffle_shop/Order_Completed/2-0.json", "2-0");

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed", [v10, v11, v20]), Ct);

        var sent = _segment.Requests.Last().Json!["rules"]!.AsArray();
        Assert.Equal([1, 2], sent.Select(r => (int)r!["version"]!));
        Assert.Equal("minor 1", (string?)sent[0]!["jsonSchema"]!["description"]);
        Assert.Contains("Segment keeps MAJOR versions only: pushing schemas/jaffle_shop/Order_Completed/1-1.json as version 1 (skipping 1-0).", result.Notes);
    }

    [Fact]
    public async Task Lists_are_read_through_every_page()
    {
        for (var i = 0; i < 4; i++)
        {
            _segment.AddPlan($"plan {i}");
        }

        await Registry(pageSize: 2).PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        _segment.ClearRequests();

        var pulled = await Registry(pageSize: 2).PullAsync(new PullRequest("jaffle_shop", "com.thejaffleshop"), Ct);

        Assert.Equal(9, pulled.Schemas.Count);
        var gets = _segment.Requests.Select(r => r.Line + r.Query).ToList();
        Assert.Equal(
            [
                "GET /tracking-plans?pagination%5Bcount%5D=2",
                "GET /tracking-plans?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=Mg%3D%3D",
                "GET /tracking-plans?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=NA%3D%3D",
                "GET /tracking-plans/tp_standin5/rules?pagination%5Bcount%5D=2",
                "GET /tracking-plans/tp_standin5/rules?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=Mg%3D%3D",
                "GET /tracking-plans/tp_standin5/rules?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=NA%3D%3D",
                "GET /tracking-plans/tp_standin5/rules?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=Ng%3D%3D",
                "GET /tracking-plans/tp_standin5/rules?pagination%5Bcount%5D=2&pagination%5Bcursor%5D=OA%3D%3D",
            ],
            gets);
    }

    [Fact]
    public async Task Round_trip_of_the_example_project_is_exact_when_every_version_is_MAJOR_0()
    {
        // What Segment cannot represent (and this project does not use): MINOR versions (pulled as MAJOR-0),
        // self.vendor (pull writes the project's vendor) and $schema (always draft-07).
        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        var pulled = await Registry().PullAsync(new PullRequest("jaffle_shop", "com.thejaffleshop"), Ct);

        Assert.Equal(JaffleShop.Select(s => s.Id), pulled.Schemas.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var local in JaffleShop)
        {
            var remote = pulled.Schemas.Single(s => s.Id == local.Id);
            Assert.True(JsonNode.DeepEquals(local.Document, remote.Document), $"{local.Id}:\n{remote.Document}");
        }

        Assert.Empty(pulled.Warnings);
    }

    [Fact]
    public async Task Round_trip_loses_minor_versions_and_vendor()
    {
        var v11 = LocalSchemas.Copy(OrderCompleted[0], "jaffle_shop/Order_Completed/1-1.json", "1-1");
        await Registry().PushAsync(new PushRequest("jaffle_shop", [v11]), Ct);

        var pulled = Assert.Single((await Registry().PullAsync(new PullRequest("jaffle_shop", "other.vendor"), Ct)).Schemas);

        Assert.Equal("jaffle_shop/Order_Completed/1-0.json", pulled.Id);
        var expected = (JsonObject)OrderCompleted[0].Document.DeepClone();
        expected["self"]!["vendor"] = "other.vendor";
        Assert.True(JsonNode.DeepEquals(expected, pulled.Document));
    }

    [Fact]
    public async Task Pull_maps_every_rule_type_and_skips_common_with_a_warning()
    {
        var id = _segment.AddPlan("web");
        _segment.AddRule(id, Rule("TRACK", "Signed Up", 2, "properties", """{"plan":{"type":["string"]}}"""));
        _segment.AddRule(id, Rule("IDENTIFY", null, 1, "traits", """{"email":{"type":["string","null"]}}"""));
        _segment.AddRule(id, Rule("GROUP", null, 1, "traits", """{"industry":{"type":["string"]}}"""));
        _segment.AddRule(id, Rule("PAGE", null, 1, "properties", """{"path":{"type":["string"]}}"""));
        _segment.AddRule(id, Rule("SCREEN", null, 1, "properties", """{"name":{"type":["string"]}}"""));
        _segment.AddRule(id, Rule("COMMON", null, 1, "context", "{}"));

        var pulled = await Registry().PullAsync(new PullRequest("web", "acme"), Ct);

        Assert.Equal(
            ["web/Group/1-0.json", "web/Identify/1-0.json", "web/Page_Viewed/1-0.json", "web/Screen_Viewed/1-0.json", "web/Signed_Up/2-0.json"],
            pulled.Schemas.Select(s => s.Id).Order(StringComparer.Ordinal));
        var identify = pulled.Schemas.Single(s => s.Id == "web/Identify/1-0.json").Document;
        Assert.Equal("Segment identify() call.", (string?)identify["description"]);
        Assert.Equal("Identify", (string?)identify["self"]!["name"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["string","null"]"""), identify["properties"]!["email"]!["type"]));
        var signedUp = pulled.Schemas.Single(s => s.Id == "web/Signed_Up/2-0.json").Document;
        Assert.Equal("string", (string?)signedUp["properties"]!["plan"]!["type"]);
        Assert.Equal("2-0", (string?)signedUp["self"]!["version"]);
        Assert.Equal("Page Viewed", (string?)pulled.Schemas.Single(s => s.Id == "web/Page_Viewed/1-0.json").Document["self"]!["name"]);
        Assert.Contains(pulled.Warnings, w => w.Contains("COMMON v1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("web/Signed Up", "web/Signed_Up/2-0.json")]
    [InlineData("web/identify", "web/Identify/1-0.json")]
    [InlineData("web/Signed Up/2-0", "web/Signed_Up/2-0.json")]
    public async Task Pull_select_narrows_to_one_event(string select, string expected)
    {
        var id = _segment.AddPlan("web");
        _segment.AddRule(id, Rule("TRACK", "Signed Up", 2));
        _segment.AddRule(id, Rule("IDENTIFY", null, 1, "traits"));

        var pulled = await Registry().PullAsync(new PullRequest(select, "acme"), Ct);

        Assert.Equal(expected, Assert.Single(pulled.Schemas).Id);
    }

    [Theory]
    [InlineData("web/Nope", "No Segment schemas found for: --select web/Nope")]
    [InlineData("missing", "Segment tracking plan 'missing' not found")]
    [InlineData("web/Signed Up/2-1", "only supports MAJOR version numbers")]
    [InlineData("a/b/1-0/d", "more than 3 parts")]
    public async Task Pull_with_a_bad_select_fails_with_one_line(string select, string message)
    {
        var id = _segment.AddPlan("web");
        _segment.AddRule(id, Rule("TRACK", "Signed Up", 2));

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PullAsync(new PullRequest(select, "acme"), Ct));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_429_waits_for_Retry_After_then_succeeds()
    {
        _segment.Fail(SegmentPublicApiStandIn.TooManyRequests("1"));
        var clock = Stopwatch.StartNew();

        await Registry().CheckAsync(Ct);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"waited only {clock.Elapsed}");
        Assert.Equal(["GET /tracking-plans", "GET /tracking-plans"], _segment.Requests.Select(r => r.Line));
    }

    [Fact]
    public async Task A_429_without_Retry_After_waits_for_msBeforeNext_from_the_body()
    {
        _segment.Fail(new InjectedFault(429, """{"errors":[{"type":"RequestError","message":"Too many requests","data":{"remainingPoints":0,"msBeforeNext":700,"consumedPoints":21}}]}"""));
        var clock = Stopwatch.StartNew();

        await Registry().CheckAsync(Ct);

        // The test's own backoff is 10 ms, so only the body's 700 ms explains the wait.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(600), $"waited only {clock.Elapsed}");
        Assert.Equal(2, _segment.Requests.Count);
    }

    [Fact]
    public async Task Three_500s_are_retried_with_backoff_then_the_push_succeeds()
    {
        _segment.Fail(SegmentPublicApiStandIn.ServerError(), SegmentPublicApiStandIn.ServerError(), SegmentPublicApiStandIn.ServerError());

        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        Assert.Equal(
            ["GET /tracking-plans", "GET /tracking-plans", "GET /tracking-plans", "GET /tracking-plans", "POST /tracking-plans", "PUT /tracking-plans/tp_standin1/rules"],
            _segment.Requests.Select(r => r.Line));
        Assert.Equal(9, _segment.Rules("tp_standin1").Count);
    }

    [Fact]
    public async Task Persistent_500s_give_up_after_the_bounded_retries()
    {
        for (var i = 0; i < 10; i++)
        {
            _segment.Fail(SegmentPublicApiStandIn.ServerError());
        }

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().CheckAsync(Ct));

        Assert.Equal("Segment Public API answered 500 Internal Server Error to GET /tracking-plans (after 5 attempts): Internal server error", e.Message);
        Assert.True(e.IsTransient);
        Assert.Equal(5, _segment.Requests.Count);
    }

    [Fact]
    public async Task A_401_fails_at_once_with_the_status_and_Segment_s_own_text()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() =>
            Registry(token: "wrong").PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct));

        Assert.Equal(
            "Segment Public API answered 401 Unauthorized to GET /tracking-plans: Unauthorized: the token is missing, invalid or lacks permission",
            e.Message);
        Assert.False(e.IsTransient);
        Assert.Single(_segment.Requests);
    }

    [Fact]
    public async Task Two_schemas_that_become_the_same_rule_are_refused_before_any_request()
    {
        var a = JaffleShop.Single(s => s.Id == "jaffle_shop/Identify/1-0.json");
        var b = LocalSchemas.Copy(a, "jaffle_shop/identify/1-0.json", "1-0");

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PushAsync(new PushRequest("jaffle_shop", [a, b]), Ct));

        Assert.Contains("both become Segment rule IDENTIFY v1", e.Message, StringComparison.Ordinal);
        Assert.Empty(_segment.Requests);
    }

    private static JsonObject Rule(string type, string? key, int version, string section = "properties", string properties = "{}")
    {
        var sections = new JsonObject { ["context"] = new JsonObject(), ["traits"] = new JsonObject(), ["properties"] = new JsonObject() };
        sections[section] = new JsonObject { ["type"] = "object", ["properties"] = JsonNode.Parse(properties) };
        var rule = new JsonObject
        {
            ["type"] = type,
            ["version"] = version,
            ["jsonSchema"] = new JsonObject { ["$schema"] = "http://json-schema.org/draft-07/schema#", ["type"] = "object", ["properties"] = sections },
        };
        if (key is not null)
        {
            rule["key"] = key;
        }

        return rule;
    }
}
