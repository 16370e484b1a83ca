namespace Reflekt.Http;

/// <summary>Retry and timing settings of a <see cref="ResilientHttpClient"/> (tests shrink the delays).</summary>
public sealed record ResilientHttpOptions
{
    /// <summary>The defaults used by the CLI and the server.</summary>
    public static ResilientHttpOptions Default { get; } = new();

    /// <summary>How many times a transient failure (network error, timeout, 408, 429, 5xx) is retried before giving up.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Median of the first backoff delay; grows exponentially (with jitter) on each retry up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a server's <c>Retry-After</c> that is honoured as given.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Timeout of a single attempt (connect, send, read the whole answer).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// A service's own "come back in" hint in a 429 body, used when the answer has no <c>Retry-After</c> header
    /// (Segment's <c>msBeforeNext</c>); capped by <see cref="MaxRetryAfter"/>.
    /// </summary>
    public Func<string, TimeSpan?>? RetryAfterFromBody { get; init; }

    /// <summary>Receives one line per HTTP attempt (method, URL, status, time; never credentials), e.g. for the run log.</summary>
    public Action<string>? Trace { get; init; }
}
