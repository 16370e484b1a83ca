using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Testing.StandIns;

/// <summary>
/// Avo's export API as contracts.md §3 describes it: <c>GET /workspaces/{ws}/branches/{branchId}/export/v1</c>
/// with Basic auth (service account name:secret), optional <c>payloadFormat</c>, <c>vendor</c> and
/// <c>changedEventsOnly</c> (rejected on main) query parameters, 404 for unknown workspaces or branches.
/// </summary>
public sealed class AvoStandIn(string workspaceId, string name, string secret) : StandInServer
{
    private readonly Dictionary<string, JsonObject> _exports = [];

    /// <summary>Sets what a branch (by id) exports.</summary>
    public void SetExport(string branchId, JsonObject export)
    {
        lock (_exports)
        {
            _exports[branchId] = export;
        }
    }

    protected override InjectedFault? Authenticate(HttpRequest request)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{name}:{secret}"));
        return request.Headers.Authorization.FirstOrDefault() == expected
            ? null
            : new InjectedFault(401, """{"error":"Unauthorized: invalid service account name or secret"}""");
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/workspaces/{ws}/branches/{branch}/export/v1", (string ws, string branch, HttpRequest req) =>
        {
            var format = req.Query["payloadFormat"].FirstOrDefault() ?? "jsonSchema";
            if (format is not ("jsonSchema" or "snowplowSchemas" or "ndjson"))
            {
                return Error(400, $"Unknown payloadFormat '{format}'");
            }

            var vendor = req.Query["vendor"].FirstOrDefault();
            if (vendor is not null && !System.Text.RegularExpressions.Regex.IsMatch(vendor, "^[A-Za-z0-9._-]+$"))
            {
                return Error(400, $"Invalid vendor '{vendor}'");
            }

            var changedOnly = req.Query["changedEventsOnly"].FirstOrDefault();
            if (changedOnly is "true" or "1" && branch == "main")
            {
                return Error(400, "changedEventsOnly is not supported on the main branch");
            }

            lock (_exports)
            {
                if (ws != workspaceId || !_exports.TryGetValue(branch, out var export))
                {
                    return Error(404, $"Branch {branch} not found in workspace {ws}");
                }

                return Results.Text(export.ToJsonString(), "application/json");
            }
        });
    }

    private static IResult Error(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(), "application/json", statusCode: status);
}
