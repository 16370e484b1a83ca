using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Testing.StandIns;

/// <summary>
/// A minimal stand-in for the schema API of <c>reflekt serve</c> (issue 7) until the real server has it:
/// Bearer admin token, <c>GET /schemas</c> → <c>{"schemas":[ids]}</c>, <c>GET/PUT/DELETE /schemas/{**id}</c>;
/// PUT rejects a document without <c>self</c> with 422 and diagnostics, as the real one checks the meta-schema.
/// </summary>
public sealed class RegistryServerStandIn(string adminToken) : StandInServer
{
    private readonly SortedDictionary<string, string> _schemas = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Schemas
    {
        get
        {
            lock (_schemas)
            {
                return new Dictionary<string, string>(_schemas);
            }
        }
    }

    protected override InjectedFault? Authenticate(HttpRequest request) =>
        request.Headers.Authorization.FirstOrDefault() == $"Bearer {adminToken}"
            ? null
            : new InjectedFault(401, """{"error":"admin token missing or wrong"}""");

    protected override void Map(WebApplication app)
    {
        app.MapGet("/schemas", () =>
        {
            lock (_schemas)
            {
                return Results.Json(new { schemas = _schemas.Keys.ToArray() });
            }
        });
        app.MapGet("/schemas/{**id}", (string id) =>
        {
            lock (_schemas)
            {
                return _schemas.TryGetValue(id, out var text)
                    ? Results.Text(text, "application/json")
                    : Results.Json(new { error = $"schema {id} not found" }, statusCode: 404);
            }
        });
        app.MapPut("/schemas/{**id}", async (string id, HttpRequest req) =>
        {
            using var reader = new StreamReader(req.Body);
            var text = await reader.ReadToEndAsync();
            if (JsonNode.Parse(text) is not JsonObject doc || doc["self"] is not JsonObject)
            {
                return Results.Json(new { error = "schema fails the meta-schema: /self is required", diagnostics = new[] { new { pointer = "", message = "\"self\" is required" } } }, statusCode: 422);
            }

            lock (_schemas)
            {
                var existed = _schemas.ContainsKey(id);
                _schemas[id] = text;
                return existed ? Results.Ok() : Results.Created($"/schemas/{id}", null);
            }
        });
        app.MapDelete("/schemas/{**id}", (string id) =>
        {
            lock (_schemas)
            {
                return _schemas.Remove(id) ? Results.NoContent() : Results.Json(new { error = $"schema {id} not found" }, statusCode: 404);
            }
        });
    }
}
