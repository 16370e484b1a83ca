using System.Text.Json;
using Reflekt.Reflection.Drift;

namespace Reflekt.Tests.Reflection.Scenario;

/// <summary>The tracking plan the warehouse scenarios reflect against.</summary>
internal static class ScenarioSchemas
{
    public const string OrderV1 = "seg/Order_Completed/1-0.json";
    public const string OrderV2 = "seg/Order_Completed/2-0.json";

    public static IReadOnlyList<SchemaVersionInput> All { get; } =
    [
        Version(OrderV1, "Order Completed", """{"order_id": {"type": "string"}, "revenue": {"type": "number"}, "schema_id": {"type": "string"}}"""),
        Version(OrderV2, "Order Completed", """{"order_id": {"type": "string"}, "revenue": {"type": "number"}, "coupon": {"type": ["string", "null"]}, "schema_id": {"type": "string"}}"""),
        Version("seg/Cart_Viewed/1-0.json", "Cart Viewed", """{"cart_id": {"type": "string"}}"""),
        Version("seg/Product_Added/1-0.json", "Product Added", """{"sku": {"type": "string"}}"""),
        Version("seg/Checkout_Started/1-0.json", "Checkout Started", """{"step": {"type": "integer"}}"""),
    ];

    private static SchemaVersionInput Version(string id, string name, string properties) =>
        new(id, "schemas/" + id, name,
            JsonDocument.Parse($$"""{"$id": "{{id}}", "type": "object", "properties": {{properties}}}""").RootElement.Clone());
}
