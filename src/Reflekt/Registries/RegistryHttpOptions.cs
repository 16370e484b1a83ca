namespace Reflekt.Registries;

/// <summary>Retry and timing settings for registry HTTP calls (tests shrink the delays).</summary>
public sealed record RegistryHttpOptions
{
    /// <summary>The defaults used by the CLI.</summary>
    public static RegistryHttpOptions Default { get; } = new();

    /// <summary>How many times a 429, a 5xx or a network failure is retried before giving up.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay; doubles on each retry up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one backoff delay.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of a server's <c>Retry-After</c> that is honoured as given.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Timeout of a single attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Receives one line per HTTP attempt (method, URL, status, time; never credentials), e.g. for the run log.</summary>
    public Action<string>? Trace { get; init; }
}
