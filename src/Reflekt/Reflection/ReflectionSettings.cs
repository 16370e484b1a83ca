namespace Reflekt.Reflection;

/// <summary>How a reflection run behaves: window, parallelism, per-table timeout and retries.</summary>
public sealed record ReflectionSettings
{
    /// <summary>Days of day counts to aggregate, counting today.</summary>
    public int Days { get; init; } = 30;

    /// <summary>Tables reflected at the same time (each is one warehouse query).</summary>
    public int Parallelism { get; init; } = 4;

    /// <summary>Longest time one table's query may take before it counts as failed.</summary>
    public TimeSpan TableTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Further attempts after a transient failure (timeouts included).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Throws a <see cref="ReflektException"/> naming the first setting out of range.</summary>
    public ReflectionSettings Validate()
    {
        if (Days < 1)
        {
            throw new ReflektException($"--days must be at least 1 (got {Days})");
        }

        if (Parallelism < 1)
        {
            throw new ReflektException($"reflection parallelism must be at least 1 (got {Parallelism})");
        }

        if (TableTimeout <= TimeSpan.Zero || Retries < 0 || RetryBackoff < TimeSpan.Zero)
        {
            throw new ReflektException("reflection timeout must be positive and retries/backoff not negative");
        }

        return this;
    }
}
