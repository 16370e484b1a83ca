using System.ComponentModel.DataAnnotations;

namespace Reflekt.Server.Reflection;

/// <summary>The reflection loop's settings (section "Reflection"; REFLECTION_* environment variables).</summary>
public sealed class ReflectionOptions
{
    public const string Section = "Reflection";

    /// <summary>REFLECTION_INTERVAL: time between scheduled cycles.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>REFLECTION_PARALLELISM: tables reflected at once.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = 4;

    /// <summary>REFLECTION_TABLE_TIMEOUT: longest one table's query may run.</summary>
    public TimeSpan TableTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Further attempts after a transient failure of one table.</summary>
    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>Wait before the first retry, doubled for each further one.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>REFLECTION_DAYS: window of day counts.</summary>
    [Range(1, 3660)]
    public int Days { get; set; } = 30;

    /// <summary>REFLECTION_STALE_AFTER: an event is stale after this long without rows.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>REFLECTION_DATA_DIR: where snapshots are kept.</summary>
    public string DataDirectory { get; set; } = ".reflekt-reflections";

    /// <summary>
    /// The <c>&lt;source_id&gt;.&lt;database&gt;.&lt;schema&gt;</c> reflected (<c>--reflect-source</c>, else REFLECTION_SOURCE),
    /// set from <see cref="ReflectionSource"/>; the warehouse is the project profile's source with that id.
    /// </summary>
    public string? Source { get; set; }

    /// <summary>REFLECTION_SDK: segment or rudderstack (table and column naming).</summary>
    public string Sdk { get; set; } = "segment";

    /// <summary>Run a cycle as soon as the server starts, then every interval.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>The loop runs only when a source is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Source);
}
