using System.ComponentModel.DataAnnotations;

namespace Reflekt.Server.Violations;

/// <summary>How the server counts the events that break the plan (<c>GET /v1/violations</c>).</summary>
public sealed class ViolationOptions
{
    public const string Section = "Violations";

    /// <summary>The `--violations-mask-properties` default: names of properties whose values a sample never shows.</summary>
    public const string DefaultMaskProperties = "email,phone,password,name,first_name,last_name,address,ip";

    /// <summary>
    /// Configuration key `Violations:Enabled` (no CLI flag): false stops counting violations (GET /v1/violations then
    /// shows none). Only the load benchmark turns it off, to measure what counting costs ingestion.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>`--violations-mask-properties`: comma-separated property names (any depth, case ignored) masked in samples.</summary>
    public string MaskProperties { get; set; } = DefaultMaskProperties;

    /// <summary>How often the counters are written to the spool directory (and once more at shutdown).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long hourly counts are kept; older hours are dropped, and a violation with none left is forgotten.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "366.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The mask list as a set.</summary>
    internal IReadOnlySet<string> MaskedNames() =>
        MaskProperties.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
