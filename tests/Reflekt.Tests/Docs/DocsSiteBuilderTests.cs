using Reflekt.Docs;
using Reflekt.Schemas;

namespace Reflekt.Tests.Docs;

public sealed class DocsSiteBuilderTests
{
    private static EventSchema Schema(string version, string statusEnum) => EventSchemaFile.FromText(
        $"/p/schemas/shop/Order_Completed/{version}.json",
        $"shop/Order_Completed/{version}.json",
        $$"""
        {"$id":"shop/Order_Completed/{{version}}.json","description":"An order was paid.",
         "self":{"name":"Order Completed","version":"{{version}}","metadata":{"code_owner":"@shop"} },
         "type":"object","required":["order_id"],
         "properties":{"order_id":{"type":"string","description":"Identifier the payment provider gave the basket"},
                       "status":{"type":"string","enum":[{{statusEnum}}]},
                       "address":{"type":"object","properties":{"zip":{"type":"string","maxLength":10} } } } }
        """).RequireSchema();

    private static DocsInput Input() => new("Shop", [Schema("1-0", "\"paid\",\"refunded\""), Schema("2-0", "\"paid\"")], [], "stg_");

    [Fact]
    public void A_removed_enum_value_is_a_breaking_diff_between_versions()
    {
        var site = DocsSiteBuilder.Build(Input());

        var e = Assert.Single(site.Events);
        Assert.Equal(["2-0", "1-0"], e.Versions.Select(v => v.Version));
        var diff = Assert.Single(e.Diffs);
        Assert.Equal(("1-0", "2-0"), (diff.From, diff.To));
        Assert.True(diff.Breaking);
        Assert.Contains(diff.Changes, c => c.Kind == "enum-value-removed" && c.Explanation.Contains("\"refunded\""));
    }

    [Fact]
    public void Event_model_holds_owner_property_tree_dbt_columns_and_example_calls()
    {
        var e = Assert.Single(DocsSiteBuilder.Build(Input()).Events);

        Assert.Equal(("shop-order_completed", "@shop", "track", "clean", "unknown"), (e.Slug, e.Owner, e.CallType, e.LintStatus, e.Freshness));
        var rows = e.Versions[0].Properties;
        Assert.Equal(["order_id", "status", "address", "address.zip"], rows.Select(r => r.Path));
        Assert.True(rows[0].Required);
        Assert.Equal((1, "maxLength: 10"), (rows[3].Depth, rows[3].Constraints.Single()));
        Assert.Equal("stg_<schema>__order_completed__v2_0", e.Versions[0].Dbt.Model);
        Assert.Contains(e.Versions[0].Dbt.Columns, c => c.Column == "address_zip" && c.Property == "address.zip");
        Assert.Equal(["typescript", "python"], e.Versions[0].Examples.Select(x => x.Language));
        Assert.Contains("orderCompleted(", e.Versions[0].Examples[0].Code);
        Assert.Contains("\"order_id\": \"order_id\"", e.Versions[0].Examples[1].Code);
    }

    [Fact]
    public void The_site_is_byte_identical_when_rendered_again_and_the_index_holds_property_descriptions()
    {
        var first = SiteRenderer.Render(DocsSiteBuilder.Build(Input()));
        var second = SiteRenderer.Render(DocsSiteBuilder.Build(Input()));

        Assert.Equal(first, second);
        Assert.Equal(["all-events.html", "assets/search-index.js", "assets/site.css", "assets/site.js", "events/shop-order_completed.html", "index.html"],
            first.Select(f => f.RelativePath));
        Assert.Contains("Identifier the payment provider gave the basket", first.Single(f => f.RelativePath == "assets/search-index.js").Content);
        var page = first.Single(f => f.RelativePath == "events/shop-order_completed.html").Content;
        Assert.Contains("class=\"verdict breaking\"", page);
        Assert.DoesNotContain("http", page.Replace("http-equiv", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_index_holds_a_property_description_shared_by_events_once()
    {
        static EventSchema Event(string name) => EventSchemaFile.FromText(
            $"/p/schemas/shop/{name}/1-0.json", $"shop/{name}/1-0.json",
            $$"""{"$id":"shop/{{name}}/1-0.json","self":{"name":"{{name.Replace('_', ' ')}}","version":"1-0"},"type":"object","properties":{"user_id":{"type":"string","description":"Who did it"} } }""")
            .RequireSchema();
        var site = DocsSiteBuilder.Build(new DocsInput("Shop", [Event("Cart_Viewed"), Event("Order_Completed")], [], "stg_"));

        var index = SearchIndex.Script(site);

        Assert.Equal(1, index.Split("Who did it").Length - 1);
        Assert.Contains("\"name\":\"Cart Viewed\\nOrder Completed\"", index);
        Assert.Contains("\"props\":\"0,0\"", index);
    }
}
