using System.ComponentModel.DataAnnotations;

namespace Reflekt.Server.Options;

/// <summary>Where validated events go (Segment's HTTP Tracking API) and how delivery is retried.</summary>
public sealed class ForwardingOptions
{
    public const string Section = "Forwarding";

    /// <summary>Base URL events are forwarded to (SEGMENT_API_HOST); `/v1/batch` is appended.</summary>
    [Required]
    public string ApiHost { get; set; } = "https://api.segment.io";

    /// <summary>Write key of the Segment source for valid events (SEGMENT_WRITE_KEY_VALID).</summary>
    [Required]
    public string ValidWriteKey { get; set; } = "";

    /// <summary>Write key of the Segment source for invalid events (SEGMENT_WRITE_KEY_INVALID).</summary>
    [Required]
    public string InvalidWriteKey { get; set; } = "";

    /// <summary>
    /// Events per forwarded batch: Segment's limit. The byte bound is what cuts a batch of typical events (~700 of
    /// 650 bytes); analytics-python's 100 meant seven times the requests for the same events.
    /// </summary>
    [Range(1, 2500)]
    public int MaxBatchEvents { get; set; } = 2500;

    /// <summary>Bytes per forwarded batch: under Segment's 500 KB, leaving room for sentAt as analytics-python does.</summary>
    [Range(1024, 500 * 1024)]
    public int MaxBatchBytes { get; set; } = 475_000;

    /// <summary>Forward requests in flight at once (batches of one spool window are sent in parallel).</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>First retry delay; doubles on each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest Retry-After honoured (analytics-python caps it at 300 s).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// How long the forwarder waits for a batch to fill when less than <see cref="MaxBatchBytes"/> is pending
    /// (analytics-python waits up to 0.5 s): fewer, fuller requests to Segment.
    /// </summary>
    public TimeSpan Linger { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>`--unhealthy-after`: how long forwarding may keep failing before GET /health says unhealthy (503).</summary>
    public TimeSpan UnhealthyAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Timeout of one forward request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
