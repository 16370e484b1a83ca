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

/// <summary>GET /health.</summary>
internal sealed record HealthBody(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("schemas")] int Schemas,
    [property: JsonPropertyName("spoolDepth")] long SpoolDepth,
    [property: JsonPropertyName("lastForwardError")] string? LastForwardError);

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
[JsonSerializable(typeof(ProjectSettingsBody))]
internal sealed partial class ServerJson : JsonSerializerContext;
