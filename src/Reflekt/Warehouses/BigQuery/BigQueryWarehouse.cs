using System.Net.Http.Headers;
using System.Net.Http.Json;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.BigQuery.Internal;
using Reflekt.Warehouses.Internal;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>BigQuery through its REST API: service-account JWT → OAuth token, INFORMATION_SCHEMA through jobs.query; no client library needed.</summary>
public sealed class BigQueryWarehouse : IWarehouse
{
    private const string GoogleBase = "https://bigquery.googleapis.com/bigquery/v2/";
    private readonly ResilientHttpClient _http;
    private readonly Uri _baseUri;
    private readonly ServiceAccountTokenSource _tokens;

    /// <param name="source">The profile source.</param>
    /// <param name="http">Retry and timeout settings; the defaults when null.</param>
    /// <param name="time">Clock for token issue/expiry times.</param>
    public BigQueryWarehouse(BigQuerySource source, ResilientHttpOptions? http = null, TimeProvider? time = null)
    {
        Source = source;
        _http = new ResilientHttpClient(What, http, time);
        _baseUri = new Uri((source.EndpointUrl ?? GoogleBase).TrimEnd('/') + "/");
        _tokens = new ServiceAccountTokenSource(source.Keyfile, new ResilientHttpClient($"{What} token endpoint", http, time), time ?? TimeProvider.System, What);
    }

    public BigQuerySource Source { get; }

    SourceProfile IWarehouse.Source => Source;

    private string What => $"BigQuery source '{Source.Id}' ({Source.Project})";

    public async Task PingAsync(CancellationToken cancellationToken) =>
        await QueryAsync(Source.Project, "select 1", cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    async Task<IReadOnlyList<object?[]>> IWarehouse.QueryAsync(string database, string sql, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(database, sql, cancellationToken).ConfigureAwait(false)).Select(r => r.Cast<object?>().ToArray())];

    /// <summary>Runs a GoogleSQL query in <paramref name="project"/>, waiting for the job and reading every page.</summary>
    public async Task<List<List<string?>>> QueryAsync(string project, string sql, CancellationToken cancellationToken)
    {
        var body = new BigQueryQueryRequest(sql, false, 10_000, 10_000, Source.Location);
        var response = await SendAsync(HttpMethod.Post, $"projects/{Uri.EscapeDataString(project)}/queries", body, cancellationToken).ConfigureAwait(false);
        var rows = new List<List<string?>>();
        for (var delay = 100; ; delay = Math.Min(delay * 2, 2_000))
        {
            if (response.JobComplete)
            {
                rows.AddRange((response.Rows ?? []).Select(r => r.F.Select(c => c.V).ToList()));
                if (response.PageToken is null)
                {
                    return rows;
                }
            }
            else
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            var job = response.JobReference ?? throw new ReflektException($"{What} answered without a job reference.");
            var query = new List<string> { "maxResults=10000", "timeoutMs=10000" };
            if (response.JobComplete && response.PageToken is { } token)
            {
                query.Add("pageToken=" + Uri.EscapeDataString(token));
            }

            if (job.Location is { } location)
            {
                query.Add("location=" + Uri.EscapeDataString(location));
            }

            response = await SendAsync(
                HttpMethod.Get, $"projects/{Uri.EscapeDataString(job.ProjectId)}/queries/{Uri.EscapeDataString(job.JobId)}?{string.Join('&', query)}", null, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync()
    {
        _tokens.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<BigQueryQueryResponse> SendAsync(HttpMethod method, string path, BigQueryQueryRequest? body, CancellationToken cancellationToken)
    {
        var token = await _tokens.TokenAsync(cancellationToken).ConfigureAwait(false);
        var response = await _http.SendAsync(_ => new HttpRequestMessage(method, new Uri(_baseUri, path))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            Content = body is null ? null : JsonContent.Create(body),
        }, cancellationToken).ConfigureAwait(false);
        return response.Json<BigQueryQueryResponse>(What);
    }
}
