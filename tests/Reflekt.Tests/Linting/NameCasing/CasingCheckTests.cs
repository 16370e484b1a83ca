using Reflekt.Linting.NameCasing;
using ProjectCasing = Reflekt.Projects.Casing;

namespace Reflekt.Tests.Linting.NameCasing;

public sealed class CasingCheckTests
{
    // The examples of spec/upstream-reflekt.md §3.2, verdicts as upstream computes them.
    [Theory]
    [InlineData("Order Completed", ProjectCasing.Title, true, "Order Completed")]
    [InlineData("Add to Cart", ProjectCasing.Title, false, "Add To Cart")]
    [InlineData("Product ID Viewed", ProjectCasing.Title, false, "Product Id Viewed")]
    [InlineData("OrderCompleted", ProjectCasing.Title, false, "Order Completed")]
    [InlineData("Order  Completed", ProjectCasing.Title, true, "Order  Completed")]
    [InlineData("Order  Completed", ProjectCasing.Snake, false, "order__completed")]
    [InlineData("Identify", ProjectCasing.Title, true, "Identify")]
    [InlineData("Identify", ProjectCasing.Pascal, true, "Identify")]
    [InlineData("Identify", ProjectCasing.Snake, false, "identify")]
    [InlineData("Identify", ProjectCasing.Camel, false, "identify")]
    [InlineData("order_id", ProjectCasing.Snake, true, "order_id")]
    [InlineData("order_id", ProjectCasing.Camel, false, "orderId")]
    [InlineData("order_id", ProjectCasing.Title, false, "Order")]
    [InlineData("orderId", ProjectCasing.Camel, true, "orderId")]
    [InlineData("orderId", ProjectCasing.Snake, false, "order_id")]
    [InlineData("OrderId", ProjectCasing.Pascal, true, "OrderId")]
    [InlineData("_private", ProjectCasing.Snake, true, "_private")]
    [InlineData("_private", ProjectCasing.Camel, true, "_private")]
    [InlineData("_private", ProjectCasing.Pascal, true, "_private")]
    [InlineData("_private", ProjectCasing.Title, false, " Private")]
    [InlineData("ID", ProjectCasing.Pascal, true, "ID")]
    [InlineData("ID", ProjectCasing.Snake, false, "id")]
    [InlineData("step2", ProjectCasing.Snake, true, "step2")]
    [InlineData("iOS App Opened", ProjectCasing.Title, false, "I Os App Opened")]
    [InlineData("anything goes-Here", ProjectCasing.Any, true, "anything goes-Here")]
    public void Spec_examples_get_upstream_verdicts(string name, ProjectCasing casing, bool passes, string expected)
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
        Assert.True(CasingCheck.Matches(name, name.Contains(' ') ? ProjectCasing.Title : ProjectCasing.Snake));
    }
}
