using System.Text.Json;
using Reflekt.Schemas.Calls;
using Reflekt.Schemas.Naming;

namespace Reflekt.Tests.Schemas.Naming;

public sealed class WarehouseNamingTests
{
    [Theory]
    [InlineData("Order Completed", "order_completed")]
    [InlineData("OrderCompleted", "order_completed")]
    [InlineData("Identify", "identifies")]
    [InlineData("Group", "groups")]
    [InlineData("Page Viewed", "pages")]
    [InlineData("Screen Viewed", "screens")]
    [InlineData("Group Joined", "group_joined")]
    [InlineData("Product Page Viewed", "product_page_viewed")]
    [InlineData("Identify Failed", "identify_failed")]
    [InlineData("3 Doctors", "_3_doctors")]
    [InlineData("select", "select")]
    public void Segment_table_names(string eventName, string table) =>
        Assert.Equal(table, WarehouseNaming.Segment.TableName(eventName));

    [Theory]
    [InlineData("select", "_select")]
    [InlineData("Add to Cart", "add_to_cart")]
    [InlineData("Identify", "identifies")]
    [InlineData("25dollarpurchase", "_25dollarpurchase")]
    public void RudderStack_table_names(string eventName, string table) =>
        Assert.Equal(table, WarehouseNaming.RudderStack.TableName(eventName));

    [Theory]
    [InlineData("Identify", CallType.Identify)]
    [InlineData("Group", CallType.Group)]
    [InlineData("Page Viewed", CallType.Page)]
    [InlineData("Screen Viewed", CallType.Screen)]
    [InlineData("Group Joined", CallType.Track)]
    [InlineData("Order Completed", CallType.Track)]
    public void Call_types(string eventName, CallType callType) =>
        Assert.Equal(callType, WarehouseNaming.Segment.CallTypeOf(eventName));

    [Theory]
    [InlineData("identifies", "identify_id")]
    [InlineData("users", "user_id")]
    [InlineData("groups", "group_id")]
    [InlineData("pages", "page_id")]
    [InlineData("screens", "screen_id")]
    [InlineData("tracks", "event_id")]
    [InlineData("order_completed", "event_id")]
    public void Id_aliases(string table, string alias) =>
        Assert.Equal(alias, WarehouseNaming.Segment.IdAlias(table));

    [Theory]
    [InlineData("segment", "id", "_id")]
    [InlineData("segment", "received_at", "_received_at")]
    [InlineData("segment", "user_id", "user_id")]
    [InlineData("segment", "orderId", "order_id")]
    [InlineData("segment", "2fa", "_2fa")]
    [InlineData("segment", "as", "as")]
    [InlineData("rudderstack", "as", "_as")]
    [InlineData("rudderstack", "between", "_between")]
    [InlineData("segment", "名前", "")]
    public void Column_names(string layout, string property, string column)
    {
        var naming = layout == "segment" ? WarehouseNaming.Segment : WarehouseNaming.RudderStack;
        Assert.Equal(column, naming.ColumnName([property]));
    }

    [Fact]
    public void Flattens_nested_objects_in_document_order()
    {
        using var doc = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "zeta": {"type": "string", "description": "z"},
            "address": {"type": "object", "properties": {
                "zipCode": {"type": "string", "description": "zip"},
                "geo": {"type": "object", "properties": {"lat": {"type": "number"}}}
            }},
            "empty": {"type": "object"},
            "maybe": {"type": ["object", "null"], "properties": {"x": {"type": "string"}}},
            "products": {"type": "array", "items": {"type": "object"}},
            "a/b~c": {"type": "integer"}
          }
        }
        """);

        var leaves = WarehouseNaming.Segment.Flatten(doc.RootElement);

        Assert.Equal(
            ["zeta", "address_zip_code", "address_geo_lat", "maybe", "products", "a_b_c"],
            leaves.Select(l => l.ColumnName));
        Assert.Equal("/properties/address/properties/zipCode", leaves[1].Pointer);
        Assert.Equal("address.zipCode", leaves[1].DottedPath);
        Assert.Equal("zip", leaves[1].Description);
        Assert.Null(leaves[2].Description);
        Assert.Equal(["object"], leaves[3].Types);
        Assert.Equal("/properties/a~1b~0c", leaves[5].Pointer);
    }

    [Fact]
    public void Finds_properties_that_share_a_column()
    {
        using var doc = JsonDocument.Parse("""
        {"type": "object", "properties": {
            "orderId": {"type": "string"}, "order_id": {"type": "string"},
            "address": {"type": "object", "properties": {"street": {"type": "string"}}},
            "address_street": {"type": "string"}, "unique": {"type": "string"}}}
        """);

        var collisions = WarehouseNaming.Segment.FindCollisions(doc.RootElement);

        Assert.Equal(["order_id", "address_street"], collisions.Select(c => c.ColumnName));
        Assert.Equal(["orderId", "order_id"], collisions[0].Properties.Select(p => p.DottedPath));
    }

    [Fact]
    public void Standard_columns_follow_reflekt_order()
    {
        var segment = WarehouseNaming.Segment.StandardColumns.Select(c => c.Name).ToList();
        Assert.Equal(62, segment.Count);
        Assert.Equal(["id", "event_text", "original_timestamp", "sent_at", "received_at", "timestamp"], segment.Take(6));
        Assert.Equal("name", segment[^1]);
        Assert.Contains("context_protocols_source_id", segment);

        var rudder = WarehouseNaming.RudderStack.StandardColumns.Select(c => c.Name).ToList();
        Assert.DoesNotContain("context_protocols_source_id", rudder);
        Assert.Contains("context_source_id", rudder);
        Assert.Contains("context_destination_type", rudder);
    }
}
