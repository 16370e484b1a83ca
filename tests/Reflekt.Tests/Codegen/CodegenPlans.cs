using System.Text.Json;
using Reflekt.Codegen;
using Reflekt.Schemas;
using Reflekt.Testing;

namespace Reflekt.Tests.Codegen;

/// <summary>The tracking plans the codegen tests generate from: every feature, the jaffle_shop example, and 1,000 events.</summary>
internal static class CodegenPlans
{
    /// <summary>tests/Reflekt.Tests/Codegen/Plan: nesting, arrays of objects, enums, nullable, formats, $ref, an older MAJOR, reserved words.</summary>
    public static TrackingPlan Features => FromFolder(Path.Combine(SharedFixtures.RepositoryRoot, "tests", "Reflekt.Tests", "Codegen", "Plan", "schemas"));

    /// <summary>examples/jaffle_shop: twelve Segment e-commerce events.</summary>
    public static TrackingPlan JaffleShop => FromFolder(Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop", "schemas"));

    /// <summary>A generated plan: <paramref name="count"/> track events with a few properties of each kind.</summary>
    public static TrackingPlan Generated(int count) => TrackingPlan.From(GeneratedSchemas(count));

    public static TrackingPlan FromFolder(string schemasDirectory) =>
        TrackingPlan.From(SchemaCatalog.Load(schemasDirectory).Schemas.Select(f => f.Schema!));

    /// <summary>The schemas of <see cref="Generated"/>, also used by the benchmark's project writer.</summary>
    public static IEnumerable<EventSchema> GeneratedSchemas(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var name = $"Event {i:D4} Happened";
            var folder = $"Event_{i:D4}_Happened";
            var json = $$$"""
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "$id": "generated/{{{folder}}}/1-{{{i % 3}}}.json",
                  "description": "Generated event number {{{i}}}.",
                  "self": {"vendor": "com.example", "name": "{{{name}}}", "format": "jsonschema", "version": "1-{{{i % 3}}}"},
                  "type": "object",
                  "properties": {
                    "id": {"type": "string", "description": "Id."},
                    "amount": {"type": "number"},
                    "count": {"type": "integer"},
                    "flag": {"type": ["boolean", "null"]},
                    "kind": {"type": "string", "enum": ["a", "b", "c{{{i % 5}}}"]},
                    "at": {"type": "string", "format": "date-time"},
                    "items": {"type": "array", "items": {"type": "object", "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"} }, "required": ["sku"] } }
                  },
                  "required": ["id", "kind"],
                  "additionalProperties": false
                }
                """;
            yield return EventSchema.Read($"generated/{folder}/1-{i % 3}.json", JsonDocument.Parse(json).RootElement.Clone());
        }
    }
}
