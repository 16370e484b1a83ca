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

/// <summary>Source-generated JSON metadata for the response bodies (no reflection on the hot path).</summary>
[JsonSerializable(typeof(SuccessBody))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(SchemaRejectedBody))]
[JsonSerializable(typeof(IReadOnlyList<SchemaSummaryBody>))]
[JsonSerializable(typeof(HealthBody))]
internal sealed partial class ServerJson : JsonSerializerContext;
