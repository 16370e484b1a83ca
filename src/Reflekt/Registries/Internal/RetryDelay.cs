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

    /// <summary>
    /// Segment's 429 body says when to come back (<c>errors[0].data.msBeforeNext</c>, contracts.md §1.7); used
    /// when there is no Retry-After header. Capped; null when the body says nothing.
    /// </summary>
    public static TimeSpan? FromBody(string body, RegistryHttpOptions options)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind == System.Text.Json.JsonValueKind.Object
                        && error.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
                        && data.TryGetProperty("msBeforeNext", out var ms) && ms.TryGetDouble(out var millis) && millis >= 0)
                    {
                        var wait = TimeSpan.FromMilliseconds(millis);
                        return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
                    }
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: fall back to backoff.
        }

        return null;
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
