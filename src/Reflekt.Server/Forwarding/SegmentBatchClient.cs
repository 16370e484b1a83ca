using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;

namespace Reflekt.Server.Forwarding;

/// <summary>Posts one batch to `{SEGMENT_API_HOST}/v1/batch` with a source's write key as Basic-auth user name.</summary>
internal sealed class SegmentBatchClient(HttpClient http, IOptions<ForwardingOptions> options)
{
    // Segment's SDKs name themselves (analytics-node/6.2.0); so does the gateway, so Segment's logs can tell it apart.
    private static readonly ProductInfoHeaderValue UserAgent = new("reflekt",
        typeof(SegmentBatchClient).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    private readonly Uri _batchUri = new(options.Value.ApiHost.TrimEnd('/') + "/v1/batch");

    public async Task<DeliveryOutcome> SendAsync(string writeKey, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _batchUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
        request.Headers.UserAgent.Add(UserAgent);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return DeliveryOutcome.Delivered(status);
            }
            var detail = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return IsRetryable(response.StatusCode)
                ? new DeliveryOutcome(DeliveryStatus.Retry, status, RetryAfterOf(response), detail)
                : new DeliveryOutcome(DeliveryStatus.Refused, status, null, detail);
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryOutcome(DeliveryStatus.Retry, 0, null, exception.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryStatus.Retry, 0, null, "timed out");
        }
    }

    // analytics-python's policy: 408, 410, 429, 460 and 5xx except 501/505 are worth another try.
    private static bool IsRetryable(HttpStatusCode code) => (int)code switch
    {
        408 or 410 or 429 or 460 => true,
        501 or 505 => false,
        >= 500 => true,
        _ => false,
    };

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return null;
    }
}
