using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Testing.StandIns;

/// <summary>
/// The Segment Public API tracking-plan endpoints as contracts.md §1 describes them: Bearer auth, {"data":…}
/// and {"errors":[…]} envelopes, cursor pagination (bracket and dotted query forms), PUT/PATCH/DELETE rule
/// semantics (DELETE rules from a bracket query, a dotted query or a JSON body), 429 with Retry-After.
/// </summary>
public sealed class SegmentPublicApiStandIn : StandInServer
{
    private static readonly string[] RuleTypes = ["COMMON", "GROUP", "IDENTIFY", "PAGE", "SCREEN", "TRACK"];
    private readonly object _gate = new();
    private readonly List<JsonObject> _plans = [];
    private readonly Dictionary<string, List<JsonObject>> _rules = [];
    private int _nextPlan = 1;

    public SegmentPublicApiStandIn(string token) => Token = token;

    public string Token { get; }

    /// <summary>Adds a plan directly (test setup, not recorded as a request).</summary>
    public string AddPlan(string name, string type = "LIVE")
    {
        lock (_gate)
        {
            var id = $"tp_standin{_nextPlan++}";
            _plans.Add(new JsonObject { ["id"] = id, ["name"] = name, ["slug"] = name.ToLowerInvariant().Replace(' ', '-'), ["type"] = type, ["createdAt"] = Now, ["updatedAt"] = Now });
            _rules[id] = [];
            return id;
        }
    }

    public void AddRule(string planId, JsonObject rule)
    {
        lock (_gate)
        {
            _rules[planId].Add(WithTimestamps(rule));
        }
    }

    public string? PlanId(string name)
    {
        lock (_gate)
        {
            return _plans.FirstOrDefault(p => p["name"]?.GetValue<string>() == name)?["id"]?.GetValue<string>();
        }
    }

    /// <summary>Replaces a plan's rules directly (test setup, not recorded as a request).</summary>
    public void SetRules(string planId, IEnumerable<JsonObject> rules)
    {
        lock (_gate)
        {
            _rules[planId] = rules.Select(WithTimestamps).ToList();
        }
    }

    public IReadOnlyList<JsonObject> Rules(string planId)
    {
        lock (_gate)
        {
            return _rules[planId].Select(r => (JsonObject)r.DeepClone()).ToList();
        }
    }

    public static InjectedFault TooManyRequests(string retryAfterSeconds) => new(429,
        """{"errors":[{"type":"RequestError","message":"Too many requests","data":{"remainingPoints":0,"msBeforeNext":57647,"consumedPoints":21}}]}""",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds });

    public static InjectedFault ServerError() => new(500, """{"errors":[{"type":"internal","message":"Internal server error","status":500}]}""");

    protected override InjectedFault? Authenticate(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() == $"Bearer {Token}"
            ? null
            : new InjectedFault(401, """{"errors":[{"type":"unauthorized","message":"Unauthorized: the token is missing, invalid or lacks permission","status":401}]}""");

    protected override void Map(WebApplication app)
    {
        app.MapGet("/tracking-plans", (HttpRequest req) =>
        {
            lock (_gate)
            {
                var type = req.Query["type"].FirstOrDefault();
                var plans = _plans.Where(p => type is null || p["type"]?.GetValue<string>() == type).ToList();
                return Page(req, plans, "trackingPlans");
            }
        });
        app.MapPost("/tracking-plans", async (HttpRequest req) =>
        {
            var body = await ReadJson(req);
            var name = (body?["name"] as JsonValue)?.GetValue<string>();
            var type = (body?["type"] as JsonValue)?.GetValue<string>();
            if (name is null || type is null)
            {
                return Error(422, "input-validation", $"\"{(name is null ? "name" : "type")}\" is required", name is null ? "name" : "type");
            }

            var id = AddPlan(name, type);
            lock (_gate)
            {
                return Data(new JsonObject { ["trackingPlan"] = _plans.Single(p => p["id"]!.GetValue<string>() == id).DeepClone() });
            }
        });
        app.MapGet("/tracking-plans/{id}", (string id) =>
        {
            lock (_gate)
            {
                var plan = _plans.FirstOrDefault(p => p["id"]!.GetValue<string>() == id);
                return plan is null ? NotFound(id) : Data(new JsonObject { ["trackingPlan"] = plan.DeepClone() });
            }
        });
        app.MapGet("/tracking-plans/{id}/rules", (string id, HttpRequest req) =>
        {
            lock (_gate)
            {
                return _rules.TryGetValue(id, out var rules) ? Page(req, rules, "rules") : NotFound(id);
            }
        });
        app.MapPut("/tracking-plans/{id}/rules", async (string id, HttpRequest req) =>
        {
            var (rules, error) = await ReadRules(req, requireSchema: true);
            lock (_gate)
            {
                if (!_rules.ContainsKey(id))
                {
                    return NotFound(id);
                }

                if (error is not null)
                {
                    return error;
                }

                _rules[id] = rules.Select(WithTimestamps).ToList();
                return Success();
            }
        });
        app.MapPatch("/tracking-plans/{id}/rules", async (string id, HttpRequest req) =>
        {
            var (rules, error) = await ReadRules(req, requireSchema: true);
            lock (_gate)
            {
                if (!_rules.TryGetValue(id, out var current))
                {
                    return NotFound(id);
                }

                if (error is not null)
                {
                    return error;
                }

                foreach (var rule in rules)
                {
                    current.RemoveAll(r => Identity(r) == Identity(rule));
                    if (rule["newKey"] is JsonValue newKey)
                    {
                        rule["key"] = newKey.GetValue<string>();
                        rule.Remove("newKey");
                    }

                    current.Add(WithTimestamps(rule));
                }

                return Success();
            }
        });
        app.MapDelete("/tracking-plans/{id}/rules", async (string id, HttpRequest req) =>
        {
            var rules = RulesFromQuery(req.Query);
            IResult? error = null;
            if (rules.Count == 0)
            {
                (rules, error) = await ReadRules(req, requireSchema: false);
            }

            lock (_gate)
            {
                if (!_rules.TryGetValue(id, out var current))
                {
                    return NotFound(id);
                }

                if (error is not null || rules.Count == 0)
                {
                    return error ?? Error(422, "input-validation", "\"rules\" is required", "rules");
                }

                var remove = rules.Select(Identity).ToHashSet();
                current.RemoveAll(r => remove.Contains(Identity(r)));
                return Success();
            }
        });
    }

    private static string Now => "2026-11-21T00:00:00.000Z";

    private static JsonObject WithTimestamps(JsonObject rule)
    {
        var copy = (JsonObject)rule.DeepClone();
        copy.Remove("trackingPlanId");
        copy["createdAt"] = Now;
        copy["updatedAt"] = Now;
        return copy;
    }

    private static (string, string, int) Identity(JsonObject rule) => (
        rule["type"]!.GetValue<string>(),
        (rule["key"] as JsonValue)?.GetValue<string>() ?? "",
        (int)double.Parse(rule["version"]!.ToJsonString(), CultureInfo.InvariantCulture));

    private static IResult Page(HttpRequest req, List<JsonObject> all, string name)
    {
        var countText = req.Query["pagination[count]"].FirstOrDefault() ?? req.Query["pagination.count"].FirstOrDefault();
        var cursor = req.Query["pagination[cursor]"].FirstOrDefault() ?? req.Query["pagination.cursor"].FirstOrDefault();
        var count = 200;
        if (countText is not null && (!int.TryParse(countText, out count) || count < 1 || count > 1000))
        {
            return Error(422, "input-validation", "\"pagination.count\" must be between 1 and 1000", "pagination.count");
        }

        var offset = 0;
        if (cursor is not null)
        {
            try
            {
                offset = int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
                return Error(422, "input-validation", "\"pagination.cursor\" is invalid", "pagination.cursor");
            }
        }

        var items = new JsonArray(all.Skip(offset).Take(count).Select(i => (JsonNode)i.DeepClone()).ToArray());
        var pagination = new JsonObject
        {
            ["current"] = Cursor(offset),
            ["next"] = offset + count < all.Count ? Cursor(offset + count) : null,
            ["previous"] = offset > 0 ? Cursor(Math.Max(0, offset - count)) : null,
            ["totalEntries"] = all.Count,
        };
        return Data(new JsonObject { [name] = items, ["pagination"] = pagination });
    }

    private static string Cursor(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>rules[0][type]=… (TypeScript SDK) or rules.0[type]=… (Go SDK).</summary>
    private static List<JsonObject> RulesFromQuery(IQueryCollection query)
    {
        var byIndex = new SortedDictionary<int, JsonObject>();
        foreach (var (key, values) in query)
        {
            var m = System.Text.RegularExpressions.Regex.Match(key, @"^rules(?:\[(\d+)\]|\.(\d+))\[(type|key|version)\]$");
            if (!m.Success)
            {
                continue;
            }

            var index = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture);
            var rule = byIndex.TryGetValue(index, out var r) ? r : byIndex[index] = [];
            var field = m.Groups[3].Value;
            rule[field] = field == "version" ? int.Parse(values.ToString(), CultureInfo.InvariantCulture) : values.ToString();
        }

        return byIndex.Values.ToList();
    }

    private static async Task<(List<JsonObject> Rules, IResult? Error)> ReadRules(HttpRequest req, bool requireSchema)
    {
        JsonNode? body;
        try
        {
            body = await ReadJson(req);
        }
        catch (System.Text.Json.JsonException)
        {
            return ([], Error(422, "input-validation", "body is not valid JSON", null));
        }

        if (body?["rules"] is not JsonArray array)
        {
            return ([], Error(422, "input-validation", "\"rules\" is required", "rules"));
        }

        var rules = new List<JsonObject>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject rule
                || rule["type"] is not JsonValue type || !RuleTypes.Contains(type.GetValue<string>())
                || rule["version"] is not JsonValue version || !version.TryGetValue<double>(out _)
                || (requireSchema && rule["jsonSchema"] is not JsonObject))
            {
                return ([], Error(422, "input-validation", $"\"rules[{i}]\" must have a valid type, a numeric version{(requireSchema ? " and a jsonSchema object" : "")}", $"rules[{i}]"));
            }

            rules.Add((JsonObject)rule.DeepClone());
        }

        return (rules, null);
    }

    private static async Task<JsonNode?> ReadJson(HttpRequest req)
    {
        using var reader = new StreamReader(req.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static IResult Data(JsonNode data) => Json(200, new JsonObject { ["data"] = data });

    private static IResult Success() => Data(new JsonObject { ["status"] = "SUCCESS" });

    private static IResult NotFound(string id) => Error(404, "not-found", $"Tracking plan {id} not found", null);

    private static IResult Error(int status, string type, string message, string? field)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message, ["status"] = status };
        if (field is not null)
        {
            error["field"] = field;
        }

        return Json(status, new JsonObject { ["errors"] = new JsonArray(error) });
    }

    private static IResult Json(int status, JsonObject body) => new RateLimitedJson(status, body.ToJsonString());

    /// <summary>A JSON answer with the X-RateLimit headers every Segment response carries.</summary>
    private sealed class RateLimitedJson(int status, string body) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.Headers["X-RateLimit-Consumed"] = "1";
            context.Response.Headers["X-RateLimit-Remaining"] = "599";
            context.Response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddMinutes(1).ToString("r", CultureInfo.InvariantCulture);
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(body);
        }
    }
}
