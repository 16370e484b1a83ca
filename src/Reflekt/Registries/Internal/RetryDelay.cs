using System.Net.Http.Headers;

namespace Reflekt.Registries.Internal;

/// <summary>How long to wait before the next attempt: the server's Retry-After, else bounded exponential backoff.</summary>
internal static class RetryDelay
{
    public static TimeSpan Backoff(RegistryHttpOptions options, int retry)
    {
        var factor = Math.Pow(2, Math.Min(retry, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.BaseDelay.Ticks * factor, options.MaxDelay.Ticks));
        return delay;
    }

    /// <summary>The Retry-After header (seconds or HTTP date), capped; null when the server sent none.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, RegistryHttpOptions options, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        TimeSpan? wait = header.Delta ?? (header.Date is { } date ? date - now : null);
        if (wait is null)
        {
            return null;
        }

        if (wait < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
    }
}
