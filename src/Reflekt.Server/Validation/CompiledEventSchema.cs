using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.Server.Validation;

/// <summary>A schema compiled once by the JSON Schema engine; the per-event path only walks it.</summary>
internal sealed class CompiledEventSchema(JsonSchema schema)
{
    /// <summary>The flag-only fast path: most events are valid, so errors are only collected when needed.</summary>
    public bool IsValid(JsonElement instance) => schema.IsValid(instance);

    public IReadOnlyList<ValidationProblem> Problems(JsonElement instance)
    {
        var result = schema.Validate(instance);
        var problems = new List<ValidationProblem>(result.Errors.Count);
        foreach (var error in result.Errors)
        {
            problems.Add(new ValidationProblem(error.InstanceLocation, error.Message));
        }
        return problems;
    }
}
