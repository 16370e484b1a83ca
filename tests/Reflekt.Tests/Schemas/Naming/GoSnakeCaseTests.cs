using Reflekt.Schemas.Naming;

namespace Reflekt.Tests.Schemas.Naming;

public sealed class GoSnakeCaseTests
{
    // Vectors from segmentio/go-snakecase (contracts §4.2), then ones derived from the algorithm.
    [Theory]
    [InlineData("sample text", "sample_text")]
    [InlineData("sample-text", "sample_text")]
    [InlineData("sample___text", "sample_text")]
    [InlineData("sampleText", "sample_text")]
    [InlineData("inviteYourCustomersAddInvites", "invite_your_customers_add_invites")]
    [InlineData("sample 2 Text", "sample_2_text")]
    [InlineData("   $#$sample   2    Text   ", "sample_2_text")]
    [InlineData("SAMPLE 2 TEXT", "sample_2_text")]
    [InlineData("___$$Base64Encode", "base64_encode")]
    [InlineData("FOO:BAR$BAZ", "foo_bar_baz")]
    [InlineData("something.com", "something_com")]
    [InlineData("$something%", "something")]
    [InlineData("•¶§ƒ˚foo˙∆˚¬", "foo")]
    [InlineData("userID", "user_id")]
    [InlineData("HTTPServer", "httpserver")]
    [InlineData("accountType", "account_type")]
    [InlineData("already_snake_1", "already_snake_1")]
    [InlineData("Order Completed", "order_completed")]
    [InlineData("OrderCompleted", "order_completed")]
    [InlineData("product_id.sku", "product_id_sku")]
    [InlineData("products.iPhone.version", "products_i_phone_version")]
    [InlineData("order \"id\"", "order_id")]
    [InlineData("prénom", "pr_nom")]
    [InlineData("名前", "")]
    [InlineData("", "")]
    public void Converts_like_segment(string input, string expected) =>
        Assert.Equal(expected, GoSnakeCase.Convert(input));
}
