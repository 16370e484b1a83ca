using System.Net;
using System.Net.Http.Json;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.Internal;
using Reflekt.Warehouses.Snowflake.Internal;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Snowflake through its public SQL API v2 (HTTPS + key-pair JWT or OAuth token); no driver needed.</summary>
public sealed class SnowflakeWarehouse : IWarehouse
{
    private readonly SnowflakeAuthenticator _auth;
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _baseUri;

    /// <param name="source">The profile source.</param>
    /// <param name="projectDirectory">Resolves a relative <c>private_key_path</c>.</param>
    /// <param name="http">A shared client, or null to own one.</param>
    /// <param name="time">Clock for JWT issue/expiry times.</param>
    public SnowflakeWarehouse(SnowflakeSource source, string? projectDirectory = null, HttpClient? http = null, TimeProvider? time = null)
    {
        Source = source;
        _auth = new SnowflakeAuthenticator(source, projectDirectory, time ?? TimeProvider.System);
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        _baseUri = new Uri((source.EndpointUrl ?? $"https://{source.Account}.snowflakecomputing.com").TrimEnd('/') + "/");
    }

    public SnowflakeSource Source { get; }

    SourceProfile IWarehouse.Source => Source;

    private string What => $"Snowflake source '{Source.Id}' ({_baseUri.Host})";

    /// <summary>Connects (authenticates) and runs <c>select 1</c>.</summary>
    public async Task PingAsync(CancellationToken cancellationToken) =>
        await QueryAsync("select 1", [], null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    async Task<IReadOnlyList<object?[]>> IWarehouse.QueryAsync(string database, string sql, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(sql, [], database, cancellationToken).ConfigureAwait(false)).Select(r => r.Cast<object?>().ToArray())];

    /// <summary>Runs one statement with positional TEXT bindings and returns every row (all partitions).</summary>
    public async Task<List<List<string?>>> QueryAsync(string statement, IReadOnlyList<string> bindings, string? database, CancellationToken cancellationToken)
    {
        var body = new SnowflakeStatementRequest(
            statement,
            60,
            database?.ToUpperInvariant() ?? Source.Database,
            null,
            Source.Warehouse,
            Source.Role,
            bindings.Count == 0 ? null : bindings.Select((v, i) => (i, v)).ToDictionary(x => (x.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), x => new SnowflakeBinding("TEXT", x.v)));
        var result = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, "api/v2/statements?nullable=true"))
        {
            Content = JsonContent.Create(body),
        }, cancellationToken).ConfigureAwait(false);

        // 202: still running; poll the statement until it answers 200.
        for (var delay = 100; result.Status == HttpStatusCode.Accepted; delay = Math.Min(delay * 2, 2_000))
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            result = await GetStatementAsync(result.Body.StatementHandle, null, cancellationToken).ConfigureAwait(false);
        }

        var rows = result.Body.Data ?? [];
        var partitions = result.Body.ResultSetMetaData?.PartitionInfo.Count ?? 0;
        for (var partition = 1; partition < partitions; partition++)
        {
            var page = await GetStatementAsync(result.Body.StatementHandle, partition, cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Body.Data ?? []);
        }

        return rows;
    }

    public ValueTask DisposeAsync()
    {
        _auth.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private Task<(HttpStatusCode Status, SnowflakeResultSet Body)> GetStatementAsync(string? handle, int? partition, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(handle))
        {
            throw new ReflektException($"{What} answered without a statement handle.");
        }

        var query = partition is null ? "" : $"?partition={partition}";
        return SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUri, $"api/v2/statements/{Uri.EscapeDataString(handle)}{query}")), cancellationToken);
    }

    private async Task<(HttpStatusCode Status, SnowflakeResultSet Body)> SendAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        using var response = await HttpRetry.SendAsync(_http, () =>
        {
            var request = create();
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _auth.Token());
            request.Headers.Add("X-Snowflake-Authorization-Token-Type", _auth.TokenType);
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.UserAgent.ParseAdd("reflekt/1.0");
            return request;
        }, What, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
        {
            throw await HttpFailure.FromResponseAsync(What, response, cancellationToken).ConfigureAwait(false);
        }

        var body = await response.Content.ReadFromJsonAsync<SnowflakeResultSet>(cancellationToken).ConfigureAwait(false)
            ?? throw new ReflektException($"{What} answered HTTP {(int)response.StatusCode} with an empty body.");
        return (response.StatusCode, body);
    }
}
