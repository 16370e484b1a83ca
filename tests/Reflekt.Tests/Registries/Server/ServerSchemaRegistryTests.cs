using System.Text.Json.Nodes;
using Reflekt.Registries;
using Reflekt.Registries.Server;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries.Server;

public sealed class ServerSchemaRegistryTests : IAsyncLifetime
{
    private const string Admin = "admin-token";
    private readonly RegistryServerStandIn _server = new(Admin);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => new(_server.StartAsync());

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private ServerSchemaRegistry Registry(string key = Admin) => new(new RegistryServerSettings(_server.BaseUrl, key), LocalSchemas.FastRetries);

    private static IReadOnlyList<RegistrySchema> JaffleShop => LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop");

    [Fact]
    public async Task Round_trip_keeps_every_file_byte_for_byte()
    {
        var pushed = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        Assert.Equal(["GET /schemas", .. JaffleShop.Select(s => $"PUT /schemas/{s.Id}")], _server.Requests.Select(r => r.Line));
        Assert.All(_server.Requests, r => Assert.Equal($"Bearer {Admin}", r.Authorization));
        Assert.All(pushed.Changes, c => Assert.Equal(ChangeKind.Add, c.Kind));

        var project = Directory.CreateTempSubdirectory("reflekt-registry-pull-");
        try
        {
            var pulled = await Registry().PullAsync(new PullRequest("jaffle_shop", "ignored"), Ct);
            await PulledSchemaWriter.WriteAsync(Path.Combine(project.FullName, "schemas"), pulled.Schemas, Ct);
            foreach (var schema in JaffleShop)
            {
                Assert.Equal(schema.RawText, await File.ReadAllTextAsync(Path.Combine(project.FullName, "schemas", schema.Id), Ct));
            }
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Unchanged_schemas_are_not_uploaded_again_and_a_dry_run_uploads_nothing()
    {
        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        _server.ClearRequests();
        var edited = JaffleShop.Select(s => s.Id.Contains("Cart_Viewed", StringComparison.Ordinal)
            ? s with { Document = Described(s.Document, "Cart seen."), RawText = null }
            : s).ToList();

        var dry = await Registry().PushAsync(new PushRequest("jaffle_shop", edited) { DryRun = true }, Ct);

        Assert.DoesNotContain(_server.Requests, r => r.Method != "GET");
        Assert.Equal([new RegistryChange(ChangeKind.Change, "jaffle_shop/Cart_Viewed/1-0.json")], dry.Changes.Where(c => c.Kind != ChangeKind.Unchanged));

        _server.ClearRequests();
        await Registry().PushAsync(new PushRequest("jaffle_shop", edited), Ct);
        Assert.Equal(["PUT /schemas/jaffle_shop/Cart_Viewed/1-0.json"], _server.Requests.Where(r => r.Method != "GET").Select(r => r.Line));
        Assert.Equal("Cart seen.", (string?)JsonNode.Parse(_server.Schemas["jaffle_shop/Cart_Viewed/1-0.json"])!["description"]);
    }

    [Fact]
    public async Task Delete_sends_DELETE_for_each_selected_schema_present()
    {
        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        _server.ClearRequests();
        var order = LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop/Order_Completed");

        var result = await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed", order) { Delete = true }, Ct);

        Assert.Equal(["GET /schemas", "DELETE /schemas/jaffle_shop/Order_Completed/1-0.json"], _server.Requests.Select(r => r.Line));
        Assert.Equal([new RegistryChange(ChangeKind.Remove, "jaffle_shop/Order_Completed/1-0.json")], result.Changes);
        Assert.Equal(8, _server.Schemas.Count);
    }

    [Fact]
    public async Task A_rejected_schema_fails_with_the_server_s_diagnostic()
    {
        var bad = new RegistrySchema("x/Bad/1-0.json", new JsonObject { ["type"] = "object" });

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PushAsync(new PushRequest("x", [bad]), Ct));

        Assert.Equal("Reflekt registry answered 422 Unprocessable Entity to PUT /schemas/x/Bad/1-0.json: schema fails the meta-schema: /self is required", e.Message);
    }

    [Fact]
    public async Task A_wrong_key_is_a_401_without_retries()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry("nope").CheckAsync(Ct));

        Assert.Equal("Reflekt registry answered 401 Unauthorized to GET /schemas: admin token missing or wrong", e.Message);
        Assert.Single(_server.Requests);
    }

    private static JsonObject Described(JsonObject doc, string description)
    {
        var copy = (JsonObject)doc.DeepClone();
        copy["description"] = description;
        return copy;
    }
}
