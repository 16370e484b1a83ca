namespace Reflekt.Benchmarks.JsonSchema;

/// <summary>
/// The Segment-shaped "Order Completed" track event and its draft-07 schema (same text as
/// bench/jsonschema-vs-python/order_completed.schema.json): 11 properties, 3 products, additionalProperties false.
/// </summary>
internal static class OrderCompletedFixture
{
    public const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "segment/ecommerce/Order_Completed/1-0.json",
          "description": "A Segment track call for Order Completed (Segment e-commerce spec v2).",
          "type": "object",
          "additionalProperties": true,
          "required": ["type", "event", "messageId", "timestamp", "properties"],
          "anyOf": [{ "required": ["userId"] }, { "required": ["anonymousId"] }],
          "properties": {
            "type": { "const": "track" },
            "event": { "const": "Order Completed" },
            "userId": { "type": ["string", "null"] },
            "anonymousId": { "type": ["string", "null"] },
            "messageId": { "type": "string", "minLength": 1 },
            "timestamp": { "type": "string", "format": "date-time" },
            "context": { "type": "object" },
            "properties": {
              "type": "object",
              "additionalProperties": false,
              "required": ["order_id", "total", "currency", "products"],
              "properties": {
                "order_id": { "type": "string", "description": "Order/transaction ID" },
                "affiliation": { "type": "string" },
                "total": { "type": "number", "minimum": 0 },
                "subtotal": { "type": "number", "minimum": 0 },
                "revenue": { "type": "number", "minimum": 0 },
                "shipping": { "type": "number", "minimum": 0 },
                "tax": { "type": "number", "minimum": 0 },
                "discount": { "type": "number", "minimum": 0 },
                "coupon": { "type": ["string", "null"] },
                "currency": { "type": "string", "enum": ["USD", "EUR", "GBP", "CAD"] },
                "products": {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["product_id", "price", "quantity"],
                    "properties": {
                      "product_id": { "type": "string" },
                      "sku": { "type": "string" },
                      "category": { "type": "string" },
                      "name": { "type": "string" },
                      "brand": { "type": "string" },
                      "price": { "type": "number", "minimum": 0 },
                      "quantity": { "type": "integer", "minimum": 1 }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    public const string ValidEvent = """
        {"type":"track","event":"Order Completed","userId":"u-1234","anonymousId":"5f1d6a8e-2a4b-4c7e-9a0b-1c2d3e4f5a6b",
         "messageId":"ajs-next-1700000000000-abc","timestamp":"2026-11-21T12:34:56.789Z",
         "context":{"library":{"name":"analytics.js","version":"4.1.0"},"ip":"203.0.113.7"},
         "properties":{"order_id":"o-50314b8e","affiliation":"Google Store","total":27.5,"subtotal":22.5,"revenue":25.0,
          "shipping":3,"tax":2,"discount":2.5,"coupon":"hasbros","currency":"USD",
          "products":[
           {"product_id":"507f1f77","sku":"45790-32","category":"Games","name":"Monopoly","brand":"Hasbro","price":19,"quantity":1},
           {"product_id":"505bd76e","sku":"46493-32","category":"Games","name":"Uno","brand":"Mattel","price":3,"quantity":2},
           {"product_id":"6e1ba07a","sku":"47120-12","category":"Books","name":"Dune","brand":"Penguin","price":9.5,"quantity":1}]}}
        """;

    /// <summary>The same event with a stringly price and an undeclared property: two errors.</summary>
    public const string InvalidEvent = """
        {"type":"track","event":"Order Completed","userId":"u-1234","anonymousId":"5f1d6a8e-2a4b-4c7e-9a0b-1c2d3e4f5a6b",
         "messageId":"ajs-next-1700000000000-abc","timestamp":"2026-11-21T12:34:56.789Z",
         "context":{"library":{"name":"analytics.js","version":"4.1.0"},"ip":"203.0.113.7"},
         "properties":{"order_id":"o-50314b8e","affiliation":"Google Store","total":27.5,"subtotal":22.5,"revenue":25.0,
          "shipping":3,"tax":2,"discount":2.5,"coupon":"hasbros","currency":"USD","gift_wrap":true,
          "products":[
           {"product_id":"507f1f77","sku":"45790-32","category":"Games","name":"Monopoly","brand":"Hasbro","price":19,"quantity":1},
           {"product_id":"505bd76e","sku":"46493-32","category":"Games","name":"Uno","brand":"Mattel","price":"3.00","quantity":2},
           {"product_id":"6e1ba07a","sku":"47120-12","category":"Books","name":"Dune","brand":"Penguin","price":9.5,"quantity":1}]}}
        """;
}
