using System.Net;
using Polly.Timeout;

namespace Reflekt.Http;

/// <summary>Which failures are worth another attempt: the network, a timeout, and the statuses that mean "later".</summary>
public static class TransientFailure
{
    /// <summary>408, 429 and 5xx, except 501 Not Implemented and 505 HTTP Version Not Supported, which never heal.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not (HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported));

    /// <summary>
    /// A refused or dropped connection, a broken stream, an attempt that timed out; never the caller's own
    /// cancellation (<paramref name="caller"/>), which stops everything.
    /// </summary>
    public static bool IsTransient(Exception exception, CancellationToken caller) => exception switch
    {
        HttpRequestException or IOException or TimeoutRejectedException or TimeoutException => true,
        OperationCanceledException => !caller.IsCancellationRequested,
        _ => false,
    };
}
