using System.Text.Json.Serialization;

namespace Reflekt.Violations;

/// <summary>The wire format of <c>GET /v1/violations</c>, written by the server and read by <see cref="ViolationsClient"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ViolationReport))]
public sealed partial class ViolationsJson : JsonSerializerContext;
