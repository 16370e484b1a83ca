using System.Net;
using System.Net.Http.Json;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.Internal;
using Reflekt.Warehouses.Snowflake.Internal;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Snowflake through its public SQL API v2 (HTTPS + key-pair JWT or OAuth token); no driver needed.</summary>
public sealed class SnowflakeWarehouse : IWarehouse
{
    private readonly SnowflakeAuthenticator _auth;
    private readonly ResilientHttpClient _http;
    private readonly Uri _baseUri;

    /// <param name="source">The profile source.</param>
    /// <param name="projectDirectory">Resolves a relative <c>private_key_path</c>.</param>
    /// <param name="http">Retry and timeout settings; the defaults when null.</param>
    /// <param name="time">Clock for JWT issue/expiry times.</param>
    public SnowflakeWarehouse(SnowflakeSource source, string? projectDirectory = null, ResilientHttpOptions? http = null, TimeProvider? time = null)
    {
        Source = source;
        _auth = new SnowflakeAuthenticator(source, projectDirectory, time ?? TimeProvider.System);
        _baseUri = new Uri((source.EndpointUrl ?? $"https://{source.Account}.snowflakecomputing.com").TrimEnd('/') + "/");
        _http = new ResilientHttpClient(What, http, time);
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

        // One requestId per statement, the same on every attempt, and retry=true on resubmissions: Snowflake then runs
        // a statement whose first POST did arrive only once (SQL API "Resubmitting a request").
        var requestId = Guid.NewGuid().ToString();
        var result = await SendAsync(attempt => new HttpRequestMessage(
            HttpMethod.Post, new Uri(_baseUri, $"api/v2/statements?requestId={requestId}&nullable=true" + (attempt > 0 ? "&retry=true" : "")))
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
        return ValueTask.CompletedTask;
    }

    private Task<(HttpStatusCode Status, SnowflakeResultSet Body)> GetStatementAsync(string? handle, int? partition, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(handle))
        {
            throw new ReflektException($"{What} answered without a statement handle.");
        }

        var query = partition is null ? "" : $"?partition={partition}";
        return SendAsync(_ => new HttpRequestMessage(HttpMethod.Get, new Uri(_baseUri, $"api/v2/statements/{Uri.EscapeDataString(handle)}{query}")), cancellationToken);
    }

    private async Task<(HttpStatusCode Status, SnowflakeResultSet Body)> SendAsync(Func<int, HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        var response = await _http.SendAsync(attempt =>
        {
            var request = create(attempt);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _auth.Token());
            request.Headers.Add("X-Snowflake-Authorization-Token-Type", _auth.TokenType);
            request.Headers.UserAgent.ParseAdd("reflekt/1.0");
            return request;
        }, cancellationToken).ConfigureAwait(false);
        return (response.Status, response.Json<SnowflakeResultSet>(What));
    }
}
