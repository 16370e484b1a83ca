using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Reflekt.Http;
using Reflekt.Registries.Internal;

namespace Reflekt.Registries.Server;

/// <summary>
/// Our registry server (<c>reflekt serve</c>) through its schema API: <c>GET /schemas</c>, <c>GET/PUT/DELETE
/// /schemas/{id}</c> with the admin token. Push uploads new and changed schemas (the server checks them against
/// the meta-schema), <c>--delete</c> removes them, pull reads them back with their exact text.
/// </summary>
public sealed class ServerSchemaRegistry : ISchemaRegistry
{
    private const string ServiceName = "Reflekt registry";
    private readonly ResilientHttpClient _http;

    public ServerSchemaRegistry(RegistryServerSettings settings, ResilientHttpOptions? options = null)
    {
        _http = new ResilientHttpClient(ServiceName, options)
        {
            BaseAddress = settings.BaseUrl,
            Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey),
        };
    }

    public string Type => "reflekt";

    public Task CheckAsync(CancellationToken cancellationToken) => ListAsync(cancellationToken);

    public async Task<PushResult> PushAsync(PushRequest request, CancellationToken cancellationToken)
    {
        if (request.Schemas.Count == 0)
        {
            throw new ReflektException($"No schemas found in Reflekt project for: '--select {request.Select}'.");
        }

        var remote = (await ListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var changes = new List<RegistryChange>();
        var notes = new List<string>();
        foreach (var schema in request.Schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (request.Delete)
            {
                if (!remote.Contains(schema.Id))
                {
                    notes.Add($"{schema.Id} is not in the registry; nothing to delete.");
                    continue;
                }

                changes.Add(new RegistryChange(ChangeKind.Remove, schema.Id));
                if (!request.DryRun)
                {
                    await _http.SendAsync(HttpMethod.Delete, PathOf(schema.Id), null, cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
                }

                continue;
            }

            var kind = ChangeKind.Add;
            if (remote.Contains(schema.Id))
            {
                var current = await GetAsync(schema.Id, cancellationToken).ConfigureAwait(false);
                kind = current is not null && JsonNode.DeepEquals(JsonNode.Parse(current), schema.Document) ? ChangeKind.Unchanged : ChangeKind.Change;
            }

            changes.Add(new RegistryChange(kind, schema.Id));
            if (!request.DryRun && kind != ChangeKind.Unchanged)
            {
                var body = schema.RawText ?? PulledSchemaWriter.Render(schema.Document);
                await _http.SendAsync(HttpMethod.Put, PathOf(schema.Id), body, cancellationToken).ConfigureAwait(false);
            }
        }

        return new PushResult(changes, notes) { DryRun = request.DryRun };
    }

    public async Task<IReadOnlyList<HeldSchema>> ReadHeldAsync(PushRequest request, CancellationToken cancellationToken)
    {
        var remote = await ListAsync(cancellationToken).ConfigureAwait(false);
        var held = new List<HeldSchema>();
        foreach (var schema in request.Schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            JsonObject? current = null;
            if (SameMajorVersion.Pick(schema.Id, remote) is { } id)
            {
                current = await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } text ? ParseObject(id, text) : null;
            }

            held.Add(new HeldSchema(schema.Id, schema.Document, current));
        }

        return held;
    }

    public async Task<PullResult> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        var select = request.Select.Trim().Trim('/');
        var ids = (await ListAsync(cancellationToken).ConfigureAwait(false))
            .Where(id => select.Length == 0 || id == select || id == select + ".json" || id.StartsWith(select + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw new ReflektException($"No schemas found in the Reflekt registry for --select '{request.Select}'.");
        }

        var schemas = new List<RegistrySchema>();
        foreach (var id in ids)
        {
            var text = await GetAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new ReflektException($"{ServiceName} listed {id} but answered 404 for it.");
            var document = ParseObject(id, text);
            schemas.Add(new RegistrySchema(id, document) { RawText = text });
        }

        return new PullResult(schemas, []);
    }

    /// <summary>
    /// Schema ids from <c>GET /schemas</c>; accepts a bare array or <c>{"schemas": [...]}</c>, of id strings or
    /// of objects carrying <c>id</c> / <c>$id</c>.
    /// </summary>
    private async Task<List<string>> ListAsync(CancellationToken cancellationToken)
    {
        var answer = await _http.SendJsonAsync(HttpMethod.Get, "/schemas", null, cancellationToken).ConfigureAwait(false);
        var items = answer as JsonArray ?? answer?["schemas"] as JsonArray
            ?? throw new ReflektException($"{ServiceName} answered GET /schemas without a list of schemas.");
        return items.Select(i => JsonKeys.String(i) ?? JsonKeys.String(i?["id"]) ?? JsonKeys.String(i?["$id"]))
            .OfType<string>().ToList();
    }

    private async Task<string?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var response = await _http.SendAsync(HttpMethod.Get, PathOf(id), null, cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
        return response.Status == HttpStatusCode.NotFound ? null : response.Body;
    }

    private static JsonObject ParseObject(string id, string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ReflektException($"{ServiceName} returned {id} as something other than a JSON object.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ReflektException($"{ServiceName} returned {id} as invalid JSON: {e.Message}", e);
        }
    }

    // Each segment escaped, slashes kept: the id is a path under schemas/.
    private static string PathOf(string id) => "/schemas/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
}
