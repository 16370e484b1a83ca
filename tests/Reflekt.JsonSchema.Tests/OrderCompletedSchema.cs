namespace Reflekt.JsonSchema.Tests;

/// <summary>A Segment-shaped "Order Completed" schema, the kind Reflekt validates most.</summary>
internal static class OrderCompletedSchema
{
    public const string Json = """
    {
      "$schema": "http://json-schema.org/draft-07/schema#",
      "$id": "segment/ecommerce/Order_Completed/1-0.json",
      "type": "object",
      "additionalProperties": false,
      "required": ["order_id", "total", "products"],
      "properties": {
        "order_id": { "type": "string" },
        "total": { "type": "number", "minimum": 0 },
        "currency": { "type": "string", "enum": ["USD", "EUR"] },
        "products": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["product_id", "price"],
            "properties": {
              "product_id": { "type": "string" },
              "price": { "type": "number" },
              "quantity": { "$ref": "#/definitions/count" }
            }
          }
        }
      },
      "definitions": { "count": { "type": "integer", "minimum": 1 } }
    }
    """;
}
