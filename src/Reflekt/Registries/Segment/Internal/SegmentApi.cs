using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Http;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>The Tracking Plans endpoints of the Segment Public API (contracts.md §1.2), with pagination through all pages.</summary>
internal sealed class SegmentApi
{
    public const string ServiceName = "Segment Public API";

    private readonly ResilientHttpClient _http;
    private readonly int _pageSize;

    public SegmentApi(SegmentSettings settings, ResilientHttpOptions? options)
    {
        _http = new ResilientHttpClient(ServiceName, (options ?? ResilientHttpOptions.Default) with { RetryAfterFromBody = SegmentRetryHint.FromBody })
        {
            BaseAddress = settings.BaseUrl,
            Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiToken),
        };
        _pageSize = settings.PageSize;
    }

    public async Task<IReadOnlyList<SegmentPlan>> ListPlansAsync(CancellationToken ct)
    {
        var items = await ListAllAsync("/tracking-plans", "trackingPlans", ct).ConfigureAwait(false);
        return items.Select(p => new SegmentPlan(
            JsonKeys.String(p["id"]) ?? throw new ReflektException($"{ServiceName} listed a tracking plan without 'id'."),
            JsonKeys.String(p["name"]),
            JsonKeys.String(p["type"]))).ToList();
    }

    public async Task<SegmentPlan> CreatePlanAsync(string name, CancellationToken ct)
    {
        var body = new JsonObject { ["name"] = name, ["type"] = "LIVE" };
        var answer = await _http.SendJsonAsync(HttpMethod.Post, "/tracking-plans", body, ct).ConfigureAwait(false);
        var plan = answer?["data"]?["trackingPlan"] as JsonObject;
        var id = JsonKeys.String(plan?["id"]) ?? throw new ReflektException($"{ServiceName} created tracking plan '{name}' but returned no data.trackingPlan.id.");
        return new SegmentPlan(id, name, JsonKeys.String(plan?["type"]));
    }

    public async Task<IReadOnlyList<SegmentRule>> ListRulesAsync(string planId, CancellationToken ct)
    {
        var items = await ListAllAsync($"/tracking-plans/{Uri.EscapeDataString(planId)}/rules", "rules", ct).ConfigureAwait(false);
        return items.Select(SegmentRule.FromJson).ToList();
    }

    /// <summary>PUT: the plan's rule set becomes exactly these rules.</summary>
    public Task ReplaceRulesAsync(string planId, IReadOnlyList<SegmentRule> rules, CancellationToken ct) =>
        _http.SendJsonAsync(HttpMethod.Put, $"/tracking-plans/{Uri.EscapeDataString(planId)}/rules", RulesBody(rules), ct);

    /// <summary>PATCH: insert or update these rules, leave the others.</summary>
    public Task UpsertRulesAsync(string planId, IReadOnlyList<SegmentRule> rules, CancellationToken ct) =>
        _http.SendJsonAsync(HttpMethod.Patch, $"/tracking-plans/{Uri.EscapeDataString(planId)}/rules", RulesBody(rules), ct);

    /// <summary>DELETE with the (type, key, version) list in the query string, bracket form as the official SDKs send it.</summary>
    public Task RemoveRulesAsync(string planId, IReadOnlyList<SegmentRule> rules, CancellationToken ct)
    {
        var query = new StringBuilder();
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            query.Append(i == 0 ? '?' : '&').Append(Param($"rules[{i}][type]", r.Type));
            if (r.Key is not null)
            {
                query.Append('&').Append(Param($"rules[{i}][key]", r.Key));
            }

            query.Append('&').Append(Param($"rules[{i}][version]", r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return _http.SendJsonAsync(HttpMethod.Delete, $"/tracking-plans/{Uri.EscapeDataString(planId)}/rules{query}", null, ct);
    }

    /// <summary>One page of plans: an authenticated call that changes nothing.</summary>
    public Task CheckAsync(CancellationToken ct) =>
        _http.SendJsonAsync(HttpMethod.Get, "/tracking-plans?" + Param("pagination[count]", "1"), null, ct);

    private static JsonObject RulesBody(IReadOnlyList<SegmentRule> rules) =>
        new() { ["rules"] = new JsonArray(rules.Select(r => (JsonNode)r.ToInput()).ToArray()) };

    private static string Param(string name, string value) => Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);

    private async Task<List<JsonObject>> ListAllAsync(string path, string arrayName, CancellationToken ct)
    {
        var all = new List<JsonObject>();
        string? cursor = null;
        var seen = new HashSet<string>();
        while (true)
        {
            var query = "?" + Param("pagination[count]", _pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (cursor is not null)
            {
                query += "&" + Param("pagination[cursor]", cursor);
            }

            var answer = await _http.SendJsonAsync(HttpMethod.Get, path + query, null, ct).ConfigureAwait(false);
            var data = answer?["data"] as JsonObject
                ?? throw new ReflektException($"{ServiceName} answered GET {path} without a 'data' object.");
            if (data[arrayName] is JsonArray items)
            {
                all.AddRange(items.OfType<JsonObject>());
            }

            cursor = JsonKeys.String(data["pagination"]?["next"]);
            if (string.IsNullOrEmpty(cursor))
            {
                return all;
            }

            // A server that hands back a cursor it already gave would otherwise loop forever.
            if (!seen.Add(cursor))
            {
                throw new ReflektException($"{ServiceName} repeated pagination cursor '{cursor}' for GET {path}.");
            }
        }
    }
}
