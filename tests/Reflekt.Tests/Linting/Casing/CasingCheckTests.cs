using Reflekt.Linting.Casing;

namespace Reflekt.Tests.Linting.Casing;

public sealed class CasingCheckTests
{
    // The examples of spec/upstream-reflekt.md §3.2, verdicts as upstream computes them.
    [Theory]
    [InlineData("Order Completed", CaseStyle.Title, true, "Order Completed")]
    [InlineData("Add to Cart", CaseStyle.Title, false, "Add To Cart")]
    [InlineData("Product ID Viewed", CaseStyle.Title, false, "Product Id Viewed")]
    [InlineData("OrderCompleted", CaseStyle.Title, false, "Order Completed")]
    [InlineData("Order  Completed", CaseStyle.Title, true, "Order  Completed")]
    [InlineData("Order  Completed", CaseStyle.Snake, false, "order__completed")]
    [InlineData("Identify", CaseStyle.Title, true, "Identify")]
    [InlineData("Identify", CaseStyle.Pascal, true, "Identify")]
    [InlineData("Identify", CaseStyle.Snake, false, "identify")]
    [InlineData("Identify", CaseStyle.Camel, false, "identify")]
    [InlineData("order_id", CaseStyle.Snake, true, "order_id")]
    [InlineData("order_id", CaseStyle.Camel, false, "orderId")]
    [InlineData("order_id", CaseStyle.Title, false, "Order")]
    [InlineData("orderId", CaseStyle.Camel, true, "orderId")]
    [InlineData("orderId", CaseStyle.Snake, false, "order_id")]
    [InlineData("OrderId", CaseStyle.Pascal, true, "OrderId")]
    [InlineData("_private", CaseStyle.Snake, true, "_private")]
    [InlineData("_private", CaseStyle.Camel, true, "_private")]
    [InlineData("_private", CaseStyle.Pascal, true, "_private")]
    [InlineData("_private", CaseStyle.Title, false, " Private")]
    [InlineData("ID", CaseStyle.Pascal, true, "ID")]
    [InlineData("ID", CaseStyle.Snake, false, "id")]
    [InlineData("step2", CaseStyle.Snake, true, "step2")]
    [InlineData("iOS App Opened", CaseStyle.Title, false, "I Os App Opened")]
    [InlineData("anything goes-Here", CaseStyle.Any, true, "anything goes-Here")]
    public void Spec_examples_get_upstream_verdicts(string name, CaseStyle casing, bool passes, string expected)
    {
        Assert.Equal(expected, CasingCheck.Expected(name, casing));
        Assert.Equal(passes, CasingCheck.Matches(name, casing));
    }

    [Theory]
    [InlineData("step2")]
    [InlineData("Step 2 Completed")]
    public void Digits_are_the_numbers_rules_business_not_the_casing_rules(string name)
    {
        Assert.True(CasingCheck.ContainsDigit(name));
        Assert.True(CasingCheck.Matches(name, name.Contains(' ') ? CaseStyle.Title : CaseStyle.Snake));
    }

    [Theory]
    [InlineData("snake", CaseStyle.Snake)]
    [InlineData("Title", CaseStyle.Title)]
    [InlineData("any", CaseStyle.Any)]
    [InlineData("kebab", null)]
    public void Parses_the_yaml_casing_values(string text, CaseStyle? expected) =>
        Assert.Equal(expected, CasingCheck.Parse(text));
}
