using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Reflekt.Http;

namespace Reflekt.Violations;

/// <summary>
/// Reads the violations the registry server (<c>reflekt serve</c>) counted: <c>GET /v1/violations?since=…</c> with
/// its admin token. Used by <c>reflekt violations</c>, and meant for the docs site's live violations.
/// </summary>
public static class ViolationsClient
{
    private const string ServiceName = "Reflekt registry";

    /// <summary>The violations seen since <paramref name="since"/> (null: all the server keeps).</summary>
    /// <param name="server">Base URL of the server, e.g. <c>http://localhost:8080</c>.</param>
    /// <param name="token">The server's admin token (REGISTRY_ADMIN_TOKEN).</param>
    /// <param name="since">Start of the window.</param>
    /// <param name="options">Retry and timing settings; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ReflektException">The server cannot be reached, refuses the token, or answers something else.</exception>
    public static async Task<ViolationReport> GetAsync(Uri server, string token, DateTimeOffset? since,
        ResilientHttpOptions? options = null, CancellationToken cancellationToken = default)
    {
        var http = new ResilientHttpClient(ServiceName, options)
        {
            BaseAddress = server,
            Authorization = new AuthenticationHeaderValue("Bearer", token),
        };
        var query = since is { } start
            ? "?since=" + Uri.EscapeDataString(start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            : "";
        var response = await http.SendAsync(HttpMethod.Get, "/v1/violations" + query, null, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(response.Body, ViolationsJson.Default.ViolationReport)
                ?? throw new ReflektException($"{ServiceName} answered {response.Request} with null instead of a violations report.");
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{ServiceName} answered {response.Request} with something other than a violations report: {e.Message}", e);
        }
    }
}
