using System.Net.Http.Headers;

namespace Reflekt.Http;

/// <summary>The server's <c>Retry-After</c>, in either form RFC 9110 allows: delta-seconds or an HTTP-date.</summary>
internal static class RetryAfter
{
    /// <summary>How long to wait, capped at <paramref name="cap"/>; zero for a date already past; null when the server sent none.</summary>
    public static TimeSpan? Delay(RetryConditionHeaderValue? header, DateTimeOffset now, TimeSpan cap)
    {
        TimeSpan? wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is null ? null : Cap(wait.Value, cap);
    }

    public static TimeSpan Cap(TimeSpan wait, TimeSpan cap) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
}
