using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries.StandIns;

/// <summary>The stand-in itself follows contracts.md §1: every accepted spelling, envelopes and status codes.</summary>
public sealed class SegmentPublicApiStandInTests : IAsyncLifetime
{
    private readonly SegmentPublicApiStandIn _segment = new("tok");
    private HttpClient _http = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _segment.StartAsync();
        _http = new HttpClient { BaseAddress = _segment.BaseUrl };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "tok");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _segment.DisposeAsync();
    }

    private string PlanWithRules(params string[] keys)
    {
        var id = _segment.AddPlan("p");
        foreach (var key in keys)
        {
            _segment.AddRule(id, new JsonObject { ["type"] = "TRACK", ["key"] = key, ["version"] = 1, ["jsonSchema"] = new JsonObject() });
        }

        return id;
    }

    [Fact]
    public async Task Delete_accepts_bracket_query_dotted_query_and_a_json_body()
    {
        var id = PlanWithRules("A", "B", "C");

        (await _http.DeleteAsync($"/tracking-plans/{id}/rules?rules%5B0%5D%5Btype%5D=TRACK&rules%5B0%5D%5Bkey%5D=A&rules%5B0%5D%5Bversion%5D=1", Ct)).EnsureSuccessStatusCode();
        (await _http.DeleteAsync($"/tracking-plans/{id}/rules?rules.0%5Btype%5D=TRACK&rules.0%5Bkey%5D=B&rules.0%5Bversion%5D=1", Ct)).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/tracking-plans/{id}/rules")
        {
            Content = new StringContent($$"""{"trackingPlanId":"{{id}}","rules":[{"type":"TRACK","key":"C","version":1}]}""", Encoding.UTF8, "application/json"),
        };
        var last = await _http.SendAsync(request, Ct);

        Assert.Equal("""{"data":{"status":"SUCCESS"}}""", await last.Content.ReadAsStringAsync(Ct));
        Assert.Empty(_segment.Rules(id));
    }

    [Fact]
    public async Task Pagination_accepts_the_dotted_spelling_and_reports_cursors()
    {
        PlanWithRules();
        _segment.AddPlan("q");
        _segment.AddPlan("r");

        var first = JsonNode.Parse(await _http.GetStringAsync("/tracking-plans?pagination.count=2", Ct))!;
        var next = (string?)first["data"]!["pagination"]!["next"];
        var second = JsonNode.Parse(await _http.GetStringAsync($"/tracking-plans?pagination.count=2&pagination.cursor={Uri.EscapeDataString(next!)}", Ct))!;

        Assert.Equal(2, first["data"]!["trackingPlans"]!.AsArray().Count);
        Assert.Null(first["data"]!["pagination"]!["previous"]);
        Assert.Equal(3, (int)first["data"]!["pagination"]!["totalEntries"]!);
        Assert.Single(second["data"]!["trackingPlans"]!.AsArray());
        Assert.Null(second["data"]!["pagination"]!["next"]);
        Assert.Null(second["errors"]);
    }

    [Fact]
    public async Task Errors_use_the_errors_envelope_and_never_data()
    {
        var bad = await _http.GetAsync("/tracking-plans?pagination%5Bcount%5D=0", Ct);
        var missing = await _http.GetAsync("/tracking-plans/tp_nope/rules", Ct);
        var create = await _http.PostAsync("/tracking-plans", new StringContent("""{"type":"LIVE"}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal((HttpStatusCode)422, create.StatusCode);
        var body = JsonNode.Parse(await create.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("input-validation", (string?)body["errors"]![0]!["type"]);
        Assert.Equal("name", (string?)body["errors"]![0]!["field"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Patch_upserts_and_renames_with_newKey()
    {
        var id = PlanWithRules("Old");

        var response = await _http.PatchAsync($"/tracking-plans/{id}/rules",
            new StringContent("""{"rules":[{"type":"TRACK","key":"Old","newKey":"New","version":1,"jsonSchema":{}}]}""", Encoding.UTF8, "application/json"), Ct);

        response.EnsureSuccessStatusCode();
        Assert.Equal("New", (string?)Assert.Single(_segment.Rules(id))["key"]);
        Assert.True(response.Headers.Contains("X-RateLimit-Remaining"));
    }
}
