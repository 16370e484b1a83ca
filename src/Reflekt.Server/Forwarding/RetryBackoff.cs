namespace Reflekt.Server.Forwarding;

/// <summary>Exponential backoff with jitter; a Retry-After from Segment overrides it, within a cap.</summary>
internal sealed class RetryBackoff(TimeSpan initial, TimeSpan max, TimeSpan maxRetryAfter)
{
    private TimeSpan _next = TimeSpan.Zero;

    public TimeSpan NextDelay(TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            return asked > maxRetryAfter ? maxRetryAfter : asked;
        }
        var delay = _next == TimeSpan.Zero ? initial : _next;
        _next = TimeSpan.FromTicks(Math.Min(max.Ticks, delay.Ticks * 2));
        // Up to 25% jitter so that many replicas do not retry in lockstep.
        return delay + TimeSpan.FromTicks((long)(delay.Ticks * 0.25 * Random.Shared.NextDouble()));
    }

    public void Reset() => _next = TimeSpan.Zero;
}
