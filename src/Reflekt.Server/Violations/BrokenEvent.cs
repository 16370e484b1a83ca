using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;

namespace Reflekt.Server.Violations;

/// <summary>An invalid or refused event of a request, counted as a violation once the request is kept.</summary>
internal readonly record struct BrokenEvent(CallType Type, JsonElement Message, string? SchemaId, IReadOnlyList<Diagnostic> Problems);
