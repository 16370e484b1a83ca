using System.Text.Json.Serialization;

namespace Reflekt.Server.Endpoints;

/// <summary>Segment's success body.</summary>
internal sealed record SuccessBody([property: JsonPropertyName("success")] bool Success);

/// <summary>Segment's error body, which its SDKs parse: `{code, message}`.</summary>
internal sealed record ErrorBody([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);

/// <summary>A diagnostic returned by the schema API: pointer into the schema and message.</summary>
internal sealed record SchemaProblemBody([property: JsonPropertyName("pointer")] string Pointer, [property: JsonPropertyName("message")] string Message);

/// <summary>PUT /schemas/{id} refusal: the meta-schema problems.</summary>
internal sealed record SchemaRejectedBody(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("errors")] IReadOnlyList<SchemaProblemBody> Errors);

/// <summary>One row of GET /schemas.</summary>
internal sealed record SchemaSummaryBody(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string Version);

/// <summary>GET /health: overall status (ok, degraded, unhealthy) and the state of each part it is made of.</summary>
internal sealed record HealthBody(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("schemas")] int Schemas,
    [property: JsonPropertyName("spoolDepth")] long SpoolDepth,
    [property: JsonPropertyName("lastForwardError")] string? LastForwardError,
    [property: JsonPropertyName("spool")] SpoolHealthBody Spool,
    [property: JsonPropertyName("forwarding")] ForwardingHealthBody Forwarding,
    [property: JsonPropertyName("deadLetters")] DeadLettersHealthBody DeadLetters);

/// <summary>Whether the spool can accept: ok, full (`--spool-max-bytes` reached) or failing (the last append failed, e.g. a full disk).</summary>
internal sealed record SpoolHealthBody(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("maxBytes")] long MaxBytes,
    [property: JsonPropertyName("error")] string? Error);

/// <summary>Whether Segment takes our batches: ok, retrying (failing for less than `--unhealthy-after`) or failing.</summary>
internal sealed record ForwardingHealthBody(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("failingSince")] DateTimeOffset? FailingSince,
    [property: JsonPropertyName("lastError")] string? LastError);

/// <summary>Batches Segment refused for good, waiting in the dead-letter folder for `reflekt serve replay`: ok (none) or present.</summary>
internal sealed record DeadLettersHealthBody(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("count")] int Count);

/// <summary>GET /health/live: the process answers.</summary>
internal sealed record LiveBody([property: JsonPropertyName("status")] string Status);

/// <summary>GET /v1/projects/{writeKey}/settings: the part of Segment's CDN settings analytics.js reads.</summary>
internal sealed record ProjectSettingsBody(
    [property: JsonPropertyName("integrations")] IntegrationsBody Integrations,
    [property: JsonPropertyName("metrics")] MetricsBody Metrics,
    [property: JsonPropertyName("remotePlugins")] IReadOnlyList<string> RemotePlugins,
    [property: JsonPropertyName("enabledMiddleware")] IReadOnlyDictionary<string, bool> EnabledMiddleware,
    [property: JsonPropertyName("legacyVideoPluginsEnabled")] bool LegacyVideoPluginsEnabled);

/// <summary>The destinations of a source's settings: only Segment.io (here, the gateway).</summary>
internal sealed record IntegrationsBody([property: JsonPropertyName("Segment.io")] SegmentIoSettingsBody SegmentIo);

/// <summary>Where and how analytics.js sends events: `{protocol}://{apiHost}/t`…</summary>
internal sealed record SegmentIoSettingsBody(
    [property: JsonPropertyName("apiKey")] string ApiKey,
    [property: JsonPropertyName("apiHost")] string ApiHost,
    [property: JsonPropertyName("protocol")] string Protocol,
    [property: JsonPropertyName("unbundledIntegrations")] IReadOnlyList<string> UnbundledIntegrations,
    [property: JsonPropertyName("addBundledMetadata")] bool AddBundledMetadata,
    [property: JsonPropertyName("maybeBundledConfigIds")] IReadOnlyDictionary<string, string[]> MaybeBundledConfigIds);

/// <summary>analytics.js's own delivery metrics: sample rate 0, so it never posts them to Segment behind the gateway's back.</summary>
internal sealed record MetricsBody([property: JsonPropertyName("sampleRate")] double SampleRate);

/// <summary>Source-generated JSON metadata for the response bodies (no reflection on the hot path).</summary>
[JsonSerializable(typeof(SuccessBody))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(SchemaRejectedBody))]
[JsonSerializable(typeof(IReadOnlyList<SchemaSummaryBody>))]
[JsonSerializable(typeof(HealthBody))]
[JsonSerializable(typeof(LiveBody))]
[JsonSerializable(typeof(ProjectSettingsBody))]
internal sealed partial class ServerJson : JsonSerializerContext;
