using System.Net;

namespace Reflekt.Warehouses.Internal;

/// <summary>Sends a request again on 429/502/503/504 with backoff, honouring <c>Retry-After</c>.</summary>
internal static class HttpRetry
{
    private const int Attempts = 4;

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client,
        Func<HttpRequestMessage> request,
        string what,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request(), cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw HttpFailure.Unreachable(what, e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw HttpFailure.Unreachable(what, e);
            }

            var retryable = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
            if (!retryable || attempt == Attempts)
            {
                return response;
            }

            var delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt - 1));
            response.Dispose();
            await Task.Delay(delay < TimeSpan.FromSeconds(30) ? delay : TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        }
    }
}
