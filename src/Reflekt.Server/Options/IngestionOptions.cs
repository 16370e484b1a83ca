using System.ComponentModel.DataAnnotations;

namespace Reflekt.Server.Options;

/// <summary>What the tracking endpoints accept: the registry's write key and Segment's size limits.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>The write key SDKs must present (REGISTRY_WRITE_KEY): Basic auth user name or `writeKey` in the body.</summary>
    [Required]
    public string WriteKey { get; set; } = "";

    /// <summary>Segment's limit per call and per message in a batch: 32 KB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Segment's limit per /v1/batch request: 500 KB.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBatchBytes { get; set; } = 500 * 1024;

    /// <summary>Segment's limit of events per batch.</summary>
    [Range(1, int.MaxValue)]
    public int MaxBatchEvents { get; set; } = 2500;

    /// <summary>Deepest JSON nesting accepted; deeper payloads are refused before any work is done on them.</summary>
    [Range(4, 256)]
    public int MaxDepth { get; set; } = 64;

    /// <summary>`--cors-origins`: origins whose pages may call the tracking endpoints (`*` or a comma-separated list).</summary>
    public string CorsOrigins { get; set; } = "*";

    /// <summary>What happens to an event for which no schema is found.</summary>
    public MissingSchemaPolicy MissingSchemaPolicy { get; set; } = MissingSchemaPolicy.ForwardInvalid;
}
