using Microsoft.AspNetCore.Builder;
using Reflekt.Registries;
using Reflekt.Registries.Server;
using Reflekt.Server;
using Reflekt.Testing;

namespace Reflekt.Tests.Registries.Server;

/// <summary>The <c>reflekt</c> registry client against the real registry server (issue 7) on a free loopback port.</summary>
public sealed class RealRegistryServerTests : IAsyncLifetime
{
    private const string Admin = "admin-token";
    private readonly TempDirectory _dir = new("reflekt-registry-server");
    private WebApplication _app = null!;
    private Uri _address = null!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));
        _app = ReflektServer.Build(new ReflektServerSettings
        {
            Host = "127.0.0.1",
            Port = 0,
            WriteKey = "write-key",
            ValidWriteKey = "valid",
            InvalidWriteKey = "invalid",
            AdminToken = Admin,
            // No events are sent in these tests; nothing listens there.
            SegmentApiHost = "http://127.0.0.1:9",
            SpoolDirectory = Path.Combine(_dir.Path, "spool"),
            SchemasDirectory = Path.Combine(_dir.Path, "schemas"),
            Configuration = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
        });
        await _app.StartAsync(Ct);
        _address = _app.BoundAddress();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _dir.Dispose();
    }

    private ServerSchemaRegistry Registry(string key = Admin) => new(new RegistryServerSettings(_address, key), LocalSchemas.FastRetries);

    private static IReadOnlyList<RegistrySchema> JaffleShop => LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop");

    [Fact]
    public async Task Round_trip_through_the_real_server_keeps_every_file_byte_for_byte()
    {
        var pushed = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        Assert.Equal(9, pushed.Changes.Count(c => c.Kind == ChangeKind.Add));

        var again = await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        Assert.All(again.Changes, c => Assert.Equal(ChangeKind.Unchanged, c.Kind));

        using var target = new TempDirectory("reflekt-registry-pull");
        var pulled = await Registry().PullAsync(new PullRequest("jaffle_shop", "ignored"), Ct);
        await PulledSchemaWriter.WriteAsync(Path.Combine(target.Path, "schemas"), pulled.Schemas, Ct);
        foreach (var schema in JaffleShop)
        {
            Assert.Equal(schema.RawText, File.ReadAllText(Path.Combine(target.Path, "schemas", schema.Id)));
        }
    }

    [Fact]
    public async Task Delete_removes_the_schema_from_the_server()
    {
        await Registry().PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        var order = LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop/Order_Completed");

        await Registry().PushAsync(new PushRequest("jaffle_shop/Order_Completed", order) { Delete = true }, Ct);

        var left = await Registry().PullAsync(new PullRequest("jaffle_shop", "ignored"), Ct);
        Assert.Equal(8, left.Schemas.Count);
        Assert.DoesNotContain(left.Schemas, s => s.Id == "jaffle_shop/Order_Completed/1-0.json");
    }

    [Fact]
    public async Task An_invalid_schema_is_refused_with_the_server_s_diagnostics_on_one_line()
    {
        var bad = new RegistrySchema("x/Bad/1-0.json", new System.Text.Json.Nodes.JsonObject { ["type"] = 12 });

        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry().PushAsync(new PushRequest("x", [bad]), Ct));

        Assert.StartsWith("Reflekt registry answered 400 Bad Request to PUT /schemas/x/Bad/1-0.json: ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task A_wrong_admin_token_is_a_401()
    {
        var e = await Assert.ThrowsAsync<ReflektException>(() => Registry("wrong").CheckAsync(Ct));

        Assert.Equal("Reflekt registry answered 401 Unauthorized to GET /schemas: The schema API needs Authorization: Bearer <REGISTRY_ADMIN_TOKEN>.", e.Message);
    }
}
