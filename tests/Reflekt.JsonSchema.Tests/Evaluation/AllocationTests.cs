using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests.Evaluation;

/// <summary>IsValid on a valid event allocates nothing once warm: a byte count, not a timing.</summary>
public sealed class AllocationTests
{
    private const string Schema = """
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "type": "object",
      "required": ["messageId", "timestamp", "properties"],
      "properties": {
        "messageId": { "type": "string", "format": "uuid" },
        "timestamp": { "type": "string", "format": "date-time" },
        "context": { "type": "object", "properties": { "ip": { "type": "string", "format": "ipv4" } } },
        "properties": {
          "type": "object",
          "additionalProperties": false,
          "required": ["order_id", "total"],
          "properties": {
            "order_id": { "type": "string", "pattern": "^o-[0-9]+$" },
            "total": { "$ref": "#/$defs/money" },
            "currency": { "enum": ["USD", "EUR"] },
            "day": { "type": "string", "format": "date" }
          }
        }
      },
      "$defs": { "money": { "type": "number", "minimum": 0 } }
    }
    """;

    private const string Event = """
    {"messageId":"6f1c9a2e-4b7d-4c3e-9a51-0d2f8e7b6c41","timestamp":"2026-11-21T12:34:56.789Z","context":{"ip":"203.0.113.7"},
     "properties":{"order_id":"o-42","total":27.5,"currency":"EUR","day":"2026-02-28"}}
    """;

    [Fact]
    public void A_valid_event_allocates_nothing_after_warm_up()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile(Schema, new CompileOptions { AssertFormat = true });
        using var document = JsonDocument.Parse(Event);
        var instance = document.RootElement;
        Assert.True(schema.IsValid(instance));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Assert.True(schema.IsValid(instance));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
