using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Json.Schema;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>A schema compiled once by the JSON Schema engine; the per-event path only walks it.</summary>
internal sealed class CompiledEventSchema(JsonSchema schema)
{
    /// <summary>The flag-only fast path: most events are valid, so errors are only collected when needed.</summary>
    public bool IsValid(JsonElement instance) => schema.IsValid(instance);

    public IReadOnlyList<Diagnostic> Problems(JsonElement instance) => ValidationRules.Violations(schema.Validate(instance));
}
