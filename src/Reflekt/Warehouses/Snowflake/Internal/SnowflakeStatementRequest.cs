using System.Text.Json.Serialization;

namespace Reflekt.Warehouses.Snowflake.Internal;

/// <summary>Body of <c>POST /api/v2/statements</c> (SQL API v2).</summary>
internal sealed record SnowflakeStatementRequest(
    [property: JsonPropertyName("statement")] string Statement,
    [property: JsonPropertyName("timeout")] int Timeout,
    [property: JsonPropertyName("database")] string? Database,
    [property: JsonPropertyName("schema")] string? Schema,
    [property: JsonPropertyName("warehouse")] string? Warehouse,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("bindings")] IReadOnlyDictionary<string, SnowflakeBinding>? Bindings);

/// <summary>A positional bind value (<c>"1": {"type": "TEXT", "value": "…"}</c>).</summary>
internal sealed record SnowflakeBinding(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);
