using System.Text;
using System.Text.Json;
using Reflekt.Server.Ingestion;

namespace Reflekt.Server.Tests.Ingestion;

public sealed class WriteKeyCheckTests
{
    private static readonly JsonElement NoBody = JsonDocument.Parse("{}").RootElement;

    private static string Basic(string userAndPassword) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword));

    [Theory]
    [InlineData("key:", true)]
    [InlineData("key", true)]            // Segment still accepts a missing colon, for backward compatibility
    [InlineData("key:secret", false)]    // the password must be empty
    [InlineData("other:", false)]
    [InlineData(":", false)]
    public void Basic_auth_takes_the_key_as_user_name_with_an_empty_password(string credentials, bool allowed)
    {
        Assert.Equal(allowed, WriteKeyCheck.IsAuthorized(Basic(credentials), NoBody, "key"));
    }

    [Fact]
    public void A_bare_base64_header_is_read_like_basic_auth()
    {
        Assert.True(WriteKeyCheck.IsAuthorized(Convert.ToBase64String("key:"u8.ToArray()), NoBody, "key"));
    }

    [Fact]
    public void An_undecodable_header_is_refused_even_with_a_good_body_key()
    {
        var body = JsonDocument.Parse("""{"writeKey":"key"}""").RootElement;

        Assert.False(WriteKeyCheck.IsAuthorized("Basic !!!not-base64!!!", body, "key"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer some-oauth-token")]
    public void Without_basic_auth_the_body_write_key_decides(string? header)
    {
        Assert.True(WriteKeyCheck.IsAuthorized(header, JsonDocument.Parse("""{"writeKey":"key"}""").RootElement, "key"));
        Assert.False(WriteKeyCheck.IsAuthorized(header, JsonDocument.Parse("""{"writeKey":"nope"}""").RootElement, "key"));
        Assert.False(WriteKeyCheck.IsAuthorized(header, JsonDocument.Parse("""{"writeKey":42}""").RootElement, "key"));
        Assert.False(WriteKeyCheck.IsAuthorized(header, NoBody, "key"));
    }

    [Fact]
    public void An_empty_configured_key_lets_nobody_in()
    {
        Assert.False(WriteKeyCheck.IsAuthorized(Basic(":"), JsonDocument.Parse("""{"writeKey":""}""").RootElement, ""));
    }
}
