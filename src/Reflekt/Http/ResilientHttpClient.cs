using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Polly;
using Polly.Timeout;

namespace Reflekt.Http;

/// <summary>
/// HTTP to one remote service over the shared connection pool and the shared resilience pipeline: transient failures
/// are retried (see <see cref="HttpResiliencePipeline"/>), each attempt has its own timeout, and a failure becomes one
/// <see cref="ReflektException"/> line naming the service, the status and the service's own text (<see cref="RemoteError"/>).
/// </summary>
public sealed class ResilientHttpClient
{
    private readonly ResilientHttpOptions _options;
    private readonly ResiliencePipeline<RemoteResponse> _pipeline;

    /// <param name="service">How messages name the service, e.g. "Segment Public API" or "Snowflake source 'sf' (host)".</param>
    /// <param name="options">Retry and timing settings; <see cref="ResilientHttpOptions.Default"/> when null.</param>
    /// <param name="time">The clock for backoff waits and HTTP-date <c>Retry-After</c>.</param>
    public ResilientHttpClient(string service, ResilientHttpOptions? options = null, TimeProvider? time = null)
    {
        Service = service;
        _options = options ?? ResilientHttpOptions.Default;
        _pipeline = HttpResiliencePipeline.Build(_options, time ?? TimeProvider.System);
    }

    public string Service { get; }

    /// <summary>Prefix of the paths given to the path-based overloads (a trailing slash is ignored).</summary>
    public Uri? BaseAddress { get; init; }

    /// <summary>Sent with every request that does not set its own.</summary>
    public AuthenticationHeaderValue? Authorization { get; init; }

    /// <summary>Sends and returns the parsed JSON body of a 2xx answer (null for an empty body).</summary>
    public async Task<JsonNode?> SendJsonAsync(HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(method, pathAndQuery, body?.ToJsonString(), cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(response.Body) ? null : response.Json<JsonNode>(Service);
    }

    /// <summary>Sends a JSON body (or none) to <see cref="BaseAddress"/> + <paramref name="pathAndQuery"/>.</summary>
    public Task<RemoteResponse> SendAsync(
        HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken, params HttpStatusCode[] accepted)
    {
        var url = new Uri((BaseAddress?.ToString().TrimEnd('/') ?? "") + pathAndQuery);
        return SendAsync(_ => new HttpRequestMessage(method, url)
        {
            Content = jsonBody is null ? null : new StringContent(jsonBody, Encoding.UTF8, "application/json"),
        }, cancellationToken, accepted);
    }

    /// <summary>
    /// Sends the request <paramref name="create"/> builds for each attempt (0 for the first, 1… for retries; a request
    /// cannot be sent twice) and returns the final answer. Statuses in <paramref name="accepted"/> are returned as they
    /// are (e.g. 404 when a caller asks whether something exists); any other non-2xx throws.
    /// </summary>
    /// <exception cref="ReflektException">The service answered with a failure, or could not be reached, after the retries.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<RemoteResponse> SendAsync(Func<int, HttpRequestMessage> create, CancellationToken cancellationToken, params HttpStatusCode[] accepted)
    {
        var attempts = 0;
        var lastRequest = "";
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    using var request = create(attempts++);
                    lastRequest = $"{request.Method} {request.RequestUri}";
                    return await AttemptAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
            if (response.IsSuccess || accepted.Contains(response.Status))
            {
                return response;
            }

            throw RemoteError.Answered(Service, response, attempts);
        }
        catch (Exception e) when (TransientFailure.IsTransient(e, cancellationToken))
        {
            throw RemoteError.Unreachable(Service, WithoutQuery(lastRequest), Reason(e), e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<RemoteResponse> AttemptAsync(HttpRequestMessage request, CancellationToken attemptToken)
    {
        request.Headers.Authorization ??= Authorization;
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await SharedHttpHandler.Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(attemptToken).ConfigureAwait(false);
            _options.Trace?.Invoke($"{Service}: {request.Method} {request.RequestUri} -> {(int)response.StatusCode} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
            return new RemoteResponse(response.StatusCode, body)
            {
                ReasonPhrase = response.ReasonPhrase,
                RetryAfter = response.Headers.RetryAfter,
                Request = $"{request.Method} {request.RequestUri?.AbsolutePath}",
            };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            _options.Trace?.Invoke($"{Service}: {request.Method} {request.RequestUri} -> {(e is OperationCanceledException ? $"no answer after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms" : e.Message)}");
            throw;
        }
    }

    private string Reason(Exception e) => e is TimeoutRejectedException or OperationCanceledException
        ? $"no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s"
        : e.Message;

    private static string WithoutQuery(string request) => request.Split('?')[0];
}
