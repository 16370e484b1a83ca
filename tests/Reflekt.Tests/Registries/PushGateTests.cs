using System.Text.Json.Nodes;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Reflekt.Testing;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries;

/// <summary>
/// The push gate of <see cref="RegistrySync.PushAsync"/>: a schema is compared with what the registry holds under the
/// same MAJOR, and a breaking change refuses the push before any write, against the Segment and registry-server stand-ins.
/// </summary>
public sealed class PushGateTests : IAsyncLifetime
{
    private const string OrderCompleted = "jaffle_shop/Order_Completed/1-0.json";
    private readonly SegmentPublicApiStandIn _segment = new("tok-gate");
    private readonly RegistryServerStandIn _server = new("admin-gate");
    private readonly TempDirectory _project = new("reflekt-push-gate");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _segment.StartAsync();
        await _server.StartAsync();
        _project.Write(ReflektProject.FileName, Projects.ProjectFiles.Project.Replace("vendor: com.example", "vendor: com.thejaffleshop", StringComparison.Ordinal));
        _project.Write("reflekt_profiles.yml", $"""
            version: 1.0
            dev:
              registry:
                - type: segment
                  api_token: tok-gate
                  api_url: {_segment.BaseUrl}
                - type: reflekt
                  url: {_server.BaseUrl}
                  api_key: admin-gate
              source: []
            """);
        foreach (var schema in LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop"))
        {
            _project.Write(Path.Combine("schemas", schema.Id), schema.RawText!);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _segment.DisposeAsync();
        await _server.DisposeAsync();
        _project.Dispose();
    }

    private ReflektProject Project => ReflektProject.Load(_project.Path);

    private ISchemaRegistry Registry(string type) => RegistryFactory.Create(Project, ReflektProfile.Load(Project), type, LocalSchemas.FastRetries);

    private Task<PushResult> PushAsync(string type, string select, bool dryRun = false, bool allowBreaking = false) =>
        RegistrySync.PushAsync(Project, Registry(type), select, delete: false, dryRun, Ct, allowBreaking);

    // Edits a local schema file in place (the registry still holds the pushed version).
    private void Edit(string id, Action<JsonObject> edit)
    {
        var path = Path.Combine(_project.Path, "schemas", id);
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(document);
        File.WriteAllText(path, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private static void RestrictCurrency(JsonObject schema) => schema["properties"]!["currency"]!["enum"] = new JsonArray("USD");

    [Fact]
    public async Task A_breaking_change_against_Segment_is_refused_before_any_write()
    {
        Assert.False((await PushAsync("segment", "jaffle_shop")).Refused);
        var held = _segment.Rules(_segment.PlanId("jaffle_shop")!).Select(r => r.ToJsonString()).ToList();
        _segment.ClearRequests();
        Edit(OrderCompleted, RestrictCurrency);

        var result = await PushAsync("segment", "jaffle_shop");

        Assert.True(result.Refused);
        Assert.Empty(result.Changes);
        Assert.All(_segment.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(held, _segment.Rules(_segment.PlanId("jaffle_shop")!).Select(r => r.ToJsonString()));
        var verdict = Assert.Single(result.Breaking);
        Assert.Equal("TRACK \"Order Completed\" v1", verdict.Target);
        var change = Assert.Single(verdict.Changes);
        Assert.Equal("enum-added", change.Kind);
        Assert.Equal("/properties/currency/enum", change.Pointer);
        Assert.Equal("/properties/currency/enum: values restricted to [\"USD\"] — other values were valid and are now rejected", change.Explanation);
        Assert.All(result.Verdicts.Where(v => v != verdict), v => Assert.Empty(v.Changes));
    }

    [Fact]
    public async Task Allow_breaking_pushes_it_and_still_reports_the_change()
    {
        await PushAsync("segment", "jaffle_shop");
        Edit(OrderCompleted, RestrictCurrency);
        _segment.ClearRequests();

        var result = await PushAsync("segment", "jaffle_shop/Order_Completed", allowBreaking: true);

        Assert.False(result.Refused);
        Assert.Equal("PATCH", _segment.Requests[^1].Method);
        Assert.Equal([new RegistryChange(ChangeKind.Change, "TRACK \"Order Completed\" v1")], result.Changes);
        Assert.Equal("enum-added", Assert.Single(Assert.Single(result.Breaking).Changes).Kind);
    }

    [Fact]
    public async Task A_non_breaking_change_is_pushed()
    {
        await PushAsync("segment", "jaffle_shop");
        Edit(OrderCompleted, s => s["properties"]!["gift_note"] = new JsonObject { ["type"] = "string", ["description"] = "A note." });
        _segment.ClearRequests();

        var result = await PushAsync("segment", "jaffle_shop/Order_Completed");

        Assert.False(result.Refused);
        Assert.Equal("PATCH", _segment.Requests[^1].Method);
        var verdict = Assert.Single(result.Verdicts);
        Assert.False(verdict.IsBreaking);
        Assert.Equal("optional-property-added", Assert.Single(verdict.Changes).Kind);
    }

    [Fact]
    public async Task A_dry_run_plans_the_push_and_marks_it_refused_without_writing()
    {
        await PushAsync("segment", "jaffle_shop");
        Edit(OrderCompleted, RestrictCurrency);
        _segment.ClearRequests();

        var result = await PushAsync("segment", "jaffle_shop", dryRun: true);

        Assert.True(result.Refused);
        Assert.True(result.DryRun);
        Assert.Contains(new RegistryChange(ChangeKind.Change, "TRACK \"Order Completed\" v1"), result.Changes);
        Assert.All(_segment.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(9, result.Verdicts.Count);
    }

    [Fact]
    public async Task A_first_push_has_nothing_to_break()
    {
        var result = await PushAsync("segment", "jaffle_shop");

        Assert.False(result.Refused);
        Assert.All(result.Verdicts, v => Assert.True(v.IsNew));
        Assert.Equal(9, result.Verdicts.Count);
    }

    [Fact]
    public async Task A_new_MINOR_is_checked_against_the_MINOR_the_registry_server_holds()
    {
        Assert.False((await PushAsync("reflekt", "jaffle_shop/Order_Completed")).Refused);
        var minor = JsonNode.Parse(File.ReadAllText(Path.Combine(_project.Path, "schemas", OrderCompleted)))!.AsObject();
        minor["$id"] = "jaffle_shop/Order_Completed/1-1.json";
        minor["self"]!["version"] = "1-1";
        minor["required"]!.AsArray().Add("gift_note");
        minor["properties"]!["gift_note"] = new JsonObject { ["type"] = "string", ["description"] = "A note." };
        _project.Write(Path.Combine("schemas", "jaffle_shop", "Order_Completed", "1-1.json"), minor.ToJsonString());
        _server.ClearRequests();

        var result = await PushAsync("reflekt", "jaffle_shop/Order_Completed");

        Assert.True(result.Refused);
        Assert.All(_server.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(["jaffle_shop/Order_Completed/1-0.json"], _server.Schemas.Keys);
        var verdict = Assert.Single(result.Breaking);
        Assert.Equal("jaffle_shop/Order_Completed/1-1.json", verdict.Target);
        Assert.Equal(["breaking:required-property-added"], verdict.Changes.Select(c => "breaking:" + c.Kind));
        Assert.Empty(result.Verdicts.Single(v => v.Target == OrderCompleted).Changes);
    }

    [Fact]
    public async Task Delete_is_not_gated()
    {
        await PushAsync("reflekt", "jaffle_shop/Order_Completed");
        Edit(OrderCompleted, RestrictCurrency);

        var result = await RegistrySync.PushAsync(Project, Registry("reflekt"), "jaffle_shop/Order_Completed", delete: true, dryRun: false, Ct);

        Assert.False(result.Refused);
        Assert.Empty(result.Verdicts);
        Assert.Empty(_server.Schemas);
    }
}
