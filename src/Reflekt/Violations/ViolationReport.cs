using System.Text.Json.Serialization;

namespace Reflekt.Violations;

/// <summary>The answer of the registry server's <c>GET /v1/violations</c>: what broke the plan since a moment.</summary>
/// <param name="Since">The start of the window the counts cover.</param>
/// <param name="Violations">One row per schema (or unplanned event), pointer and kind, most frequent first.</param>
public sealed record ViolationReport(
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("violations")] IReadOnlyList<Violation> Violations);
