using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Schemas.Evolution;
using CompiledSchema = Reflekt.Json.Schema.JsonSchema;

namespace Reflekt.Tests.Schemas.Evolution.Properties;

/// <summary>
/// Issue 15's property test: over 10,000 generated pairs (fixed seed), one random tightening is classified breaking and
/// one random loosening non-breaking, and the engine's validation of sample events agrees: a tightened pair has an
/// event valid before and rejected after, a loosened pair has none.
/// </summary>
public sealed class EvolutionPropertyTests
{
    private const int Seed = 15;
    private const int Pairs = 10_000;

    [Fact]
    public void A_tightening_is_breaking_and_a_loosening_is_not_on_10000_generated_pairs()
    {
        var generator = new SchemaPairGenerator(Seed);
        var failures = new List<string>();
        for (var i = 0; i < Pairs / 2; i++)
        {
            var schema = generator.NextSchema();
            var (tightened, tightening) = generator.Tighten(schema);
            Check(schema, tightened, tightening, expectBreaking: true, failures);
            var (loosened, loosening) = generator.Loosen(schema);
            Check(schema, loosened, loosening, expectBreaking: false, failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Pairs} pairs misclassified, first:\n{string.Join("\n", failures.Take(5))}");
    }

    private static void Check(JsonObject oldSchema, JsonObject newSchema, string edit, bool expectBreaking, List<string> failures)
    {
        using var oldDocument = JsonDocument.Parse(oldSchema.ToJsonString());
        using var newDocument = JsonDocument.Parse(newSchema.ToJsonString());
        var changes = SchemaDiff.Compare(oldDocument.RootElement, newDocument.RootElement);
        var breaking = changes.Any(c => c.IsBreaking);

        var oldCompiled = CompiledSchema.Compile(oldDocument.RootElement);
        var newCompiled = CompiledSchema.Compile(newDocument.RootElement);
        var witness = SampleEvents.For(oldSchema, newSchema, PropertyValidator())
            .Select(e => e.ToJsonString())
            .FirstOrDefault(e => IsValid(oldCompiled, e) && !IsValid(newCompiled, e));

        // An event valid before and rejected after must make the verdict breaking, whatever the edit was.
        var problem = witness is not null && !breaking ? $"event {witness} is valid before and rejected after, but the diff says non-breaking"
            : expectBreaking && !breaking ? "tightening classified non-breaking"
            : expectBreaking && witness is null ? "tightening without a sample event it rejects (generator bug)"
            : !expectBreaking && breaking ? $"loosening classified breaking: {string.Join("; ", changes.Where(c => c.IsBreaking).Select(c => c.Explanation))}"
            : null;
        if (problem is not null)
        {
            failures.Add($"{edit}: {problem}\n  old {oldSchema.ToJsonString()}\n  new {newSchema.ToJsonString()}");
        }
    }

    private static Func<JsonObject, JsonNode?, bool> PropertyValidator() => (property, value) =>
    {
        using var schema = JsonDocument.Parse(property.ToJsonString());
        return IsValid(CompiledSchema.Compile(schema.RootElement), value?.ToJsonString() ?? "null");
    };

    private static bool IsValid(CompiledSchema schema, string instance)
    {
        using var document = JsonDocument.Parse(instance);
        return schema.IsValid(document.RootElement);
    }
}
