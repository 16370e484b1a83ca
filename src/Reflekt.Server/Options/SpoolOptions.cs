using System.ComponentModel.DataAnnotations;

namespace Reflekt.Server.Options;

/// <summary>Where and how accepted events are kept on disk until Segment has them.</summary>
public sealed class SpoolOptions
{
    public const string Section = "Spool";

    /// <summary>Spool directory (REGISTRY_SPOOL_DIR).</summary>
    [Required]
    public string Directory { get; set; } = ".reflekt-spool";

    /// <summary>A segment file is closed and a new one started once it reaches this size.</summary>
    [Range(1024, long.MaxValue)]
    public long SegmentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>`--spool-max-bytes`: the most the segment files may hold; beyond it requests get 503 with Retry-After. 0: the disk is the bound.</summary>
    [Range(0, long.MaxValue)]
    public long MaxBytes { get; set; }
}
