using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Registries;
using Reflekt.Registries.Avo;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries;

public sealed class AvoRegistryTests : IAsyncLifetime
{
    private readonly AvoStandIn _avo = new("ws1", "reflekt_sa_x1", "s3cret");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => new(_avo.StartAsync());

    public ValueTask DisposeAsync() => _avo.DisposeAsync();

    private AvoExportRegistry Registry(string secret = "s3cret") => new(
        new AvoSettings("ws1", "reflekt_sa_x1", secret)
        {
            BaseUrl = _avo.BaseUrl,
            Branches = new Dictionary<string, string> { ["staging"] = "HqC13KbRJ", ["jaffle_shop"] = "br_jaffle", ["main"] = "main" },
        },
        LocalSchemas.FastRetries);

    [Fact]
    public async Task Pull_asks_for_the_branch_export_with_basic_auth()
    {
        _avo.SetExport("HqC13KbRJ", MessyExport());

        await Registry().PullAsync(new PullRequest("staging/ignored/rest", "acme"), Ct);

        var request = Assert.Single(_avo.Requests);
        Assert.Equal("GET /workspaces/ws1/branches/HqC13KbRJ/export/v1", request.Line);
        Assert.Equal("", request.Query);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reflekt_sa_x1:s3cret")), request.Authorization);
    }

    [Fact]
    public async Task An_unconfigured_branch_fails_before_any_request()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PullAsync(new PullRequest("feature_x", "acme"), Ct));

        Assert.Contains("Avo branch 'feature_x' is not configured in reflekt_project.yml", e.Message, StringComparison.Ordinal);
        Assert.Empty(_avo.Requests);
    }

    [Fact]
    public async Task Round_trip_of_the_example_project_loses_only_the_Identify_description()
    {
        // Avo has no write API: the stand-in is seeded with what Avo exports for this plan. Lost on the way:
        // versions (Avo exports every event as 1-0; the example uses 1-0 only), non-string metadata values
        // (tags are strings; the example has none) and the Identify schema's description (Avo keeps user
        // properties on events, not as a schema of their own).
        var local = LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop");
        _avo.SetExport("br_jaffle", AvoExportBuilder.FromSchemas(local));

        var pulled = await Registry().PullAsync(new PullRequest("jaffle_shop", "com.thejaffleshop"), Ct);

        Assert.Equal(local.Select(s => s.Id), pulled.Schemas.Select(s => s.Id).Order(StringComparer.Ordinal));
        foreach (var schema in local)
        {
            var expected = (JsonObject)schema.Document.DeepClone();
            if (schema.Name == "Identify")
            {
                expected["description"] = "User properties set on Avo events (identify() traits).";
            }

            var remote = pulled.Schemas.Single(s => s.Id == schema.Id).Document;
            Assert.True(JsonNode.DeepEquals(expected, remote), $"{schema.Id}:\n{remote}");
        }

        Assert.Empty(pulled.Warnings);
    }

    [Fact]
    public async Task Bundles_enums_nullable_types_and_user_and_group_properties_are_mapped()
    {
        _avo.SetExport("main", MessyExport());

        var pulled = await Registry().PullAsync(new PullRequest("main", "acme"), Ct);

        Assert.Equal(
            ["main/Group/1-0.json", "main/Identify/1-0.json", "main/Signup_Completed/1-0.json", "main/page_viewed/1-0.json"],
            pulled.Schemas.Select(s => s.Id).Order(StringComparer.Ordinal));
        var page = pulled.Schemas.Single(s => s.Id == "main/page_viewed/1-0.json").Document;
        Assert.Equal(
            JsonNode.Parse("""{"description":"Title of the web page","type":"string"}""")!.ToJsonString(),
            page["properties"]!["page_title"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"description":"How they paid","type":["string","null"],"enum":["paypal","card"]}"""),
            page["properties"]!["payment"]));
        Assert.Equal(
            """{"description":"Cart items","type":"array","items":{"type":"object","properties":{"sku":{"type":"string"}},"additionalProperties":false}}""",
            page["properties"]!["items"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["page_title"]"""), page["required"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"owner":"growth","tags":["Tier 3 - UI"],"property_bundles":["Page Context"]}"""),
            page["self"]!["metadata"]));
        Assert.Equal("1-0", (string?)page["self"]!["version"]);
        Assert.Equal("acme", (string?)page["self"]!["vendor"]);

        var identify = pulled.Schemas.Single(s => s.Id == "main/Identify/1-0.json").Document;
        Assert.Equal(["email", "plan"], identify["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["email"]"""), identify["required"]));
        var group = pulled.Schemas.Single(s => s.Id == "main/Group/1-0.json").Document;
        Assert.NotNull(group["properties"]!["company_size"]);
        Assert.Null(group["properties"]!["company_size"]!["groupTypeId"]);
    }

    [Fact]
    public async Task Missing_description_tag_form_and_type_get_defaults_and_warnings_not_a_crash()
    {
        _avo.SetExport("main", MessyExport());

        var pulled = await Registry().PullAsync(new PullRequest("main", "acme"), Ct);

        var signup = pulled.Schemas.Single(s => s.Id == "main/Signup_Completed/1-0.json").Document;
        Assert.Equal("", (string?)signup["description"]);
        Assert.Equal("", (string?)signup["properties"]!["referrer"]!["description"]);
        Assert.Null(signup["properties"]!["referrer"]!["type"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"tags":["Onboarding"]}"""), signup["self"]!["metadata"]));
        Assert.Equal(
            [
                "Avo event 'page_viewed': tag 'Tier 3 - UI' is not 'key: value'; kept in self.metadata.tags.",
                "Avo event 'Signup Completed' has no description; wrote \"\".",
                "Avo event 'Signup Completed': property 'referrer' has no description; wrote \"\".",
                "Avo event 'Signup Completed': property 'referrer' has no type; left untyped (accepts any value).",
                "Avo event 'Signup Completed': tag 'Onboarding' is not 'key: value'; kept in self.metadata.tags.",
                "Avo event 'Signup Completed': identify property 'plan' differs from an earlier event's; kept the first.",
            ],
            pulled.Warnings);
    }

    [Fact]
    public async Task A_401_fails_with_the_status_and_Avo_s_own_text()
    {
        _avo.SetExport("main", MessyExport());

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry(secret: "wrong").PullAsync(new PullRequest("main", "acme"), Ct));

        Assert.Equal(
            "Avo export API answered 401 Unauthorized to GET /workspaces/ws1/branches/main/export/v1: Unauthorized: invalid service account name or secret",
            e.Message);
        Assert.Single(_avo.Requests);
    }

    [Fact]
    public async Task A_500_then_200_is_retried()
    {
        _avo.SetExport("main", MessyExport());
        _avo.Fail(new InjectedFault(500, """{"error":"internal"}"""));

        var pulled = await Registry().PullAsync(new PullRequest("main", "acme"), Ct);

        Assert.Equal(4, pulled.Schemas.Count);
        Assert.Equal(2, _avo.Requests.Count);
    }

    [Fact]
    public async Task Push_is_refused_with_a_clear_message()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PushAsync(new PushRequest("main", []), Ct));

        Assert.Contains("'reflekt push' is not supported for Avo", e.Message, StringComparison.Ordinal);
        Assert.Empty(_avo.Requests);
    }

    private static JsonObject MessyExport() => JsonNode.Parse("""
        {
          "name": "Exported Tracking Plan: main",
          "events": [
            {
              "id": "C3XnUJ3kRq", "name": "page_viewed", "description": "When a user views a web page",
              "triggers": [], "tags": ["Tier 3 - UI", "owner: growth"], "categories": [], "actions": ["logEvent", "page"], "sources": [],
              "rules": {
                "$schema": "http://json-schema.org/draft-06/schema#", "type": "object", "required": ["properties", "nameMapping"], "nameMapping": [],
                "properties": {
                  "properties": {
                    "type": "object",
                    "properties": {
                      "page_title": {"id":"ElSfT9WzR","index":0,"description":"Title of the web page","nameMapping":[],"isSystemProperty":false,"type":"string"},
                      "payment": {"id":"TXFbynuna","index":2,"description":"How they paid","nameMapping":[],"isSystemProperty":false,"type":["string","null"],"enum":["paypal","card"]},
                      "items": {"id":"it1","index":1,"description":"Cart items","nameMapping":[{"name":"Items","destinationId":"all"}],"isSystemProperty":false,"type":["array"],
                                "items":{"type":"object","properties":{"sku":{"id":"sk1","index":0,"type":["string"]}},"additionalProperties":false}}
                    },
                    "additionalProperties": false,
                    "required": ["page_title"]
                  },
                  "userProperties": {"type":"object","properties":{"email":{"id":"em","index":0,"description":"Email","nameMapping":[],"isSystemProperty":false,"type":"string"},
                                                                  "plan":{"id":"pl","index":1,"description":"Plan","nameMapping":[],"isSystemProperty":false,"type":"string"}},
                                     "additionalProperties":false,"required":["email"]},
                  "groupProperties": {"type":"object","properties":{"company_size":{"id":"cs","index":0,"description":"Seats","nameMapping":[],"isSystemProperty":false,"type":"integer","groupTypeId":"gt1"}},
                                      "additionalProperties":false,"required":[]}
                }
              }
            },
            {
              "id": "S1gnup", "name": "Signup Completed",
              "tags": ["Onboarding"],
              "rules": {
                "properties": {
                  "properties": {
                    "type": "object",
                    "properties": {"referrer": {"id":"rf","index":0,"nameMapping":[]}},
                    "additionalProperties": false
                  },
                  "userProperties": {"type":"object","properties":{"plan":{"id":"pl","index":1,"description":"Plan tier","nameMapping":[],"type":"string"}},"required":[]}
                }
              }
            }
          ],
          "metrics": {}, "sources": {}, "destinations": {}, "categories": {},
          "propertyGroups": {"pg1": {"id":"pg1","name":"Page Context","description":"Page fields","properties":["ElSfT9WzR","TXFbynuna"]}}
        }
        """)!.AsObject();
}
