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

    /// <summary>REFLECTION_WAREHOUSE_TYPE: postgres, redshift or sqlite.</summary>
    public string? WarehouseType { get; set; }

    /// <summary>REFLECTION_CONNECTION_STRING: ADO.NET connection string of the warehouse.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>REFLECTION_SOURCE: <c>&lt;id&gt;.&lt;database&gt;.&lt;schema&gt;</c> holding the event tables.</summary>
    public string? Source { get; set; }

    /// <summary>REFLECTION_SDK: segment or rudderstack (table and column naming).</summary>
    public string Sdk { get; set; } = "segment";

    /// <summary>Run a cycle as soon as the server starts, then every interval.</summary>
    public bool RunOnStart { get; set; } = true;

    /// <summary>The loop runs only when a warehouse and a source are configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(WarehouseType) && !string.IsNullOrWhiteSpace(ConnectionString)
        && !string.IsNullOrWhiteSpace(Source);
}
