using System.Text.Json;
using System.Text.Json.Nodes;
using Reflekt.Schemas;
using Reflekt.Schemas.Calls;

namespace Reflekt.Tests.Schemas;

public sealed class EventSchemaTests
{
    private const string OrderCompleted = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "$id": "shop/Order_Completed/1-2.json",
          "description": "An order was completed.",
          "self": {"vendor": "com.shop", "name": "Order Completed", "version": "1-2", "metadata": {"team": "growth"}, "lint": false},
          "type": "object"
        }
        """;

    [Fact]
    public void The_catalog_reads_self_once_into_the_model()
    {
        var file = EventSchemaFile.FromText("/p/schemas/shop/Order_Completed/1-2.json", "shop/Order_Completed/1-2.json", OrderCompleted);

        var schema = file.Schema!;

        Assert.Equal("shop/Order_Completed/1-2.json", schema.Path);
        Assert.Equal("shop/Order_Completed/1-2.json", schema.Id);
        Assert.Equal("Order Completed", schema.Name);
        Assert.Equal("com.shop", schema.Vendor);
        Assert.Equal("1-2", schema.DeclaredVersion);
        Assert.Equal(new SchemaVersion(1, 2), schema.Version);
        Assert.Equal(new SchemaVersion(1, 2), schema.FileVersion);
        Assert.Equal("An order was completed.", schema.Description);
        Assert.Equal("growth", schema.Metadata!.Value.GetProperty("team").GetString());
        Assert.False(schema.LintEnabled);
        Assert.Equal(CallType.Track, schema.CallType);
        Assert.Same(file, schema.Source);
        Assert.Equal(new SourcePosition(5, 3), schema.PositionOf("/self"));
    }

    [Theory]
    [InlineData("Identify", CallType.Identify)]
    [InlineData("Group", CallType.Group)]
    [InlineData("Page Viewed", CallType.Page)]
    [InlineData("screen_viewed", CallType.Screen)]
    [InlineData("Group Joined", CallType.Track)]
    public void The_call_type_follows_the_event_name(string name, CallType expected)
    {
        var schema = EventSchema.Read("p/X/1-0.json", new JsonObject { ["self"] = new JsonObject { ["name"] = name } });

        Assert.Equal(expected, schema.CallType);
    }

    [Fact]
    public void Without_self_the_version_comes_from_the_file_name_and_lint_stays_on()
    {
        var schema = EventSchema.Read("p/Signed_Up/2-1.json", JsonNode.Parse("""{"type": "object"}""")!);

        Assert.Null(schema.Name);
        Assert.Null(schema.DeclaredVersion);
        Assert.Equal(new SchemaVersion(2, 1), schema.Version);
        Assert.Equal("2-1", schema.VersionText);
        Assert.True(schema.LintEnabled);
        Assert.Null(schema.Source);
        Assert.Equal(SourcePosition.Unknown, schema.PositionOf("/type"));
    }

    [Fact]
    public void A_self_version_that_is_not_major_minor_has_no_version_but_keeps_its_text()
    {
        var schema = EventSchema.Read("p/E/1-0.json", JsonDocument.Parse("""{"self": {"version": "one"}}""").RootElement);

        Assert.Null(schema.Version);
        Assert.Equal("one", schema.VersionText);
    }

    [Fact]
    public void A_file_that_is_not_json_has_no_model()
    {
        var file = EventSchemaFile.FromText("/p/schemas/a/E/1-0.json", "a/E/1-0.json", "{");

        Assert.Null(file.Schema);
        Assert.Null(file.DeclaredId);
    }
}
