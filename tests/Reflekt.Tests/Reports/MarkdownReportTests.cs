using System.Text.Json;
using Reflekt.Reports;
using Reflekt.Schemas;
using Reflekt.Testing;

namespace Reflekt.Tests.Reports;

public sealed class MarkdownReportTests
{
    private static string Render(params string[] path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFixtures.Path(path)));
        return MarkdownReport.Render(EventSchema.Read("report.json", document.RootElement));
    }

    // upstream tests/test_reporter.py, completed per spec §6 (the spec elides the middle items).
    [Fact]
    public void Upstream_reporter_test_output()
    {
        const string expected = """
            # Order Completed

            #### `$id: segment/ecommerce/Order_Completed/1-0.json`

            *Order successfully completed by the user.*

            ## Properties

            - **`checkout_id`** *(string, required)*: Checkout transaction ID.
            - **`currency`** *(string, required)*: Currency code associated with the transaction. Must be one of: `["USD"]`.
            - **`order_id`** *(string, required)*: Order ID.
            - **`products`** *(array, required)*: Products in the order.
              - **Items** *(object, required)*
                - **`product_id`** *(string)*: Product ID.
                - **`sku`** *(string)*: Product SKU.
                - **`name`** *(string)*: Product name.
                - **`price`** *(number)*: Product price.
                - **`quantity`** *(integer)*: Product quantity.
                - **`category`** *(string)*: Product category.
            - **`revenue`** *(number, required)*: Revenue ($) associated with the transaction (excluding shipping and tax).
            - **`shipping`** *(number, required)*: Shipping cost associated with the transaction.
            - **`tax`** *(number, required)*: Total tax associated with the transaction.

            """;
        Assert.Equal(expected, Render("fixtures", "reflekt-upstream", "tests", "fixtures", "schemas", "events", "Order_Completed", "1-0.json"));
    }

    [Fact]
    public void Jaffle_shop_order_completed_renders_type_lists_and_closed_items()
    {
        var report = Render("fixtures", "reflekt-upstream", "schemas", "jaffle_shop", "Order_Completed", "1-0.json");
        Assert.Contains("- **`coupon`** *(['string', 'null'], required)*: Coupon code used for the order.\n", report);
        Assert.Contains("  - **Items** *(object, required)*: Cannot contain additional properties.\n", report);
        Assert.DoesNotContain("## Additional Properties", report);
        Assert.EndsWith(".\n", report);
    }

    [Fact]
    public void Constraints_defaults_and_refs_are_described()
    {
        using var document = JsonDocument.Parse("""
            {"properties": {"n": {"type": "integer", "minimum": 1, "maximum": 5, "default": 2},
                            "s": {"type": "string", "minLength": 2, "maxLength": 2, "enum": ["é", "b"]},
                            "r": {"$ref": "#/definitions/x"}}}
            """);
        var report = MarkdownReport.Render(EventSchema.Read("report.json", document.RootElement));
        Assert.Contains("- **`n`** *(integer)*: Minimum: `1`. Maximum: `5`. Default: `2`.", report);
        Assert.Contains("- **`s`** *(string)*: Must be one of: `[\"\\u00e9\", \"b\"]`.", report);
        Assert.Contains("- **`r`**: Refer to *[#/definitions/x](#definitions/x)*.", report);
    }
}
