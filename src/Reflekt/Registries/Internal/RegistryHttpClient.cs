using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Reflekt.Registries.Internal;

/// <summary>
/// HTTP for every registry: 429 waits for Retry-After, 5xx and network failures retry with bounded
/// exponential backoff, any other non-2xx becomes a one-line <see cref="ReflektException"/> naming the
/// service, the status and the service's own error text.
/// </summary>
internal sealed class RegistryHttpClient
{
    private static readonly HttpClient Client = SharedHttpHandler.CreateClient();

    private readonly string _service;
    private readonly string _baseUrl;
    private readonly AuthenticationHeaderValue? _auth;
    private readonly RegistryHttpOptions _options;

    public RegistryHttpClient(string service, Uri baseUrl, AuthenticationHeaderValue? auth, RegistryHttpOptions? options)
    {
        _service = service;
        _baseUrl = baseUrl.ToString().TrimEnd('/');
        _auth = auth;
        _options = options ?? RegistryHttpOptions.Default;
    }

    public string Service => _service;

    /// <summary>Sends and returns the parsed JSON body of a 2xx answer (null for an empty body).</summary>
    public async Task<JsonNode?> SendJsonAsync(HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        var response = await SendAsync(method, pathAndQuery, body?.ToJsonString(), cancellationToken, []).ConfigureAwait(false);
        return ParseJson(method, pathAndQuery, response.Body);
    }

    /// <summary>
    /// Sends and returns the final answer; statuses in <paramref name="accepted"/> are returned as they are
    /// instead of failing (e.g. 404 when a caller asks whether something exists).
    /// </summary>
    public async Task<RegistryResponse> SendAsync(
        HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken, params HttpStatusCode[] accepted)
    {
        var url = _baseUrl + pathAndQuery;
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Authorization = _auth;
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (jsonBody is not null)
            {
                request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
            }

            using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptCts.CancelAfter(_options.AttemptTimeout);
            HttpResponseMessage response;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                response = await Client.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptCts.Token).ConfigureAwait(false);
                _options.Trace?.Invoke($"{_service}: {method} {url} -> {(int)response.StatusCode} in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or OperationCanceledException)
            {
                var reason = e is OperationCanceledException ? $"no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s" : e.Message;
                _options.Trace?.Invoke($"{_service}: {method} {url} -> {reason}");
                if (attempt >= _options.MaxRetries)
                {
                    throw new ReflektException($"{_service}: cannot reach {method} {url}: {reason}", e) { IsTransient = true };
                }

                await Task.Delay(RetryDelay.Backoff(_options, attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                var status = response.StatusCode;
                if (response.IsSuccessStatusCode || accepted.Contains(status))
                {
                    return new RegistryResponse(status, text);
                }

                var transient = status == HttpStatusCode.TooManyRequests || (int)status >= 500;
                if (transient && attempt < _options.MaxRetries)
                {
                    var wait = status == HttpStatusCode.TooManyRequests
                        ? RetryDelay.RetryAfter(response.Headers.RetryAfter, _options, DateTimeOffset.UtcNow)
                            ?? RetryDelay.FromBody(text, _options)
                            ?? RetryDelay.Backoff(_options, attempt)
                        : RetryDelay.Backoff(_options, attempt);
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw Failure(method, pathAndQuery, status, response.ReasonPhrase, text, transient, attempt);
            }
        }
    }

    private ReflektException Failure(HttpMethod method, string pathAndQuery, HttpStatusCode status, string? reason, string body, bool transient, int attempt)
    {
        var errorText = RemoteErrorText.From(body);
        var statusText = $"{(int)status} {reason ?? status.ToString()}".TrimEnd();
        var retried = attempt > 0 ? $" (after {attempt + 1} attempts)" : "";
        var path = pathAndQuery.Split('?')[0];
        var message = $"{_service} returned {statusText} for {method} {path}{retried}" + (errorText.Length > 0 ? $": {errorText}" : "");
        return new ReflektException(message) { IsTransient = transient };
    }

    private JsonNode? ParseJson(HttpMethod method, string pathAndQuery, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ReflektException($"{_service} answered {method} {pathAndQuery.Split('?')[0]} with a body that is not JSON: {e.Message}", e);
        }
    }
}
