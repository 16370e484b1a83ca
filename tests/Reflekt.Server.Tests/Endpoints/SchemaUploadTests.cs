using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Endpoints;

/// <summary>
/// Issue 16 row 22: an upload is checked against the project meta-schema (what lint's RK101 checks) and refused with
/// pointers into the schema, never written into schemas/; a DELETE leaves no empty folders behind.
/// </summary>
public sealed class SchemaUploadTests : GatewayTest
{
    private const string Valid = """
        {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop/Cart_Viewed/1-0.json",
         "self":{"vendor":"com.example","name":"Cart Viewed","format":"jsonschema","version":"1-0","metadata":{}},
         "type":"object","properties":{"cart_id":{"type":"string","description":"The cart."}}}
        """;

    private static HttpRequestMessage Admin(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.AdminToken);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        return request;
    }

    // No .reflekt/meta/1-0.json of its own: upstream's default meta-schema applies, as in `reflekt lint`.
    private async Task<(RunningServer Server, string Schemas)> StartAsync()
    {
        var schemas = Scratch.Sub("schemas");
        return (await RunningServer.StartAsync(RunningServer.Settings(SegmentApi, Scratch.Sub("spool"), schemas)), schemas);
    }

    [Fact]
    public async Task A_schema_without_a_self_block_is_refused_with_a_pointer_and_not_written()
    {
        var (server, schemas) = await StartAsync();
        await using var _ = server;

        var response = await server.Http.SendAsync(Admin(HttpMethod.Put, "/schemas/shop/Bad/1-0.json", """{"self":1}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_schema", (string?)body["code"]);
        Assert.Contains("/self", body["errors"]!.AsArray().Select(e => (string?)e!["pointer"]));
        Assert.False(File.Exists(Path.Combine(schemas, "shop", "Bad", "1-0.json")));
        Assert.False(Directory.Exists(Path.Combine(schemas, "shop")));
    }

    [Fact]
    public async Task A_schema_of_the_plan_is_accepted_and_its_delete_removes_the_emptied_folders()
    {
        var (server, schemas) = await StartAsync();
        await using var _ = server;
        Directory.CreateDirectory(Path.Combine(schemas, "shop", "Other"));
        await File.WriteAllTextAsync(Path.Combine(schemas, "shop", "Other", "keep.txt"), "not a schema");

        var put = await server.Http.SendAsync(Admin(HttpMethod.Put, "/schemas/shop/Cart_Viewed/1-0.json", Valid));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.True(File.Exists(Path.Combine(schemas, "shop", "Cart_Viewed", "1-0.json")));

        var delete = await server.Http.SendAsync(Admin(HttpMethod.Delete, "/schemas/shop/Cart_Viewed/1-0.json"));

        Assert.True(delete.IsSuccessStatusCode, $"{delete.StatusCode}");
        Assert.False(Directory.Exists(Path.Combine(schemas, "shop", "Cart_Viewed")));
        Assert.True(Directory.Exists(Path.Combine(schemas, "shop")), "a folder with other content stays");
        Assert.True(Directory.Exists(schemas), "the schemas directory itself stays");
    }
}
