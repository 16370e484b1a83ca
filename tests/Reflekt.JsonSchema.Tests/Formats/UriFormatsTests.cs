using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests.Formats;

/// <summary>format uri / uri-reference accept RFC 3986 IP-literals: IPv6 and IPvFuture in brackets.</summary>
public sealed class UriFormatsTests
{
    private static bool IsValid(string format, string value) =>
        Reflekt.Json.Schema.JsonSchema.Compile($$"""{"format": "{{format}}"}""", new CompileOptions { AssertFormat = true })
            .IsValid(JsonDocument.Parse(JsonSerializer.Serialize(value)).RootElement);

    [Theory]
    [InlineData("http://[v1.x]/", true)]
    [InlineData("http://[vF.a:b~c]:8080/path", true)]
    [InlineData("http://[::1]/", true)]
    [InlineData("http://[2001:db8::7]:80/a?b#c", true)]
    [InlineData("http://[v.x]/", false)]
    [InlineData("http://[v1.]/", false)]
    [InlineData("http://[vg.x]/", false)]
    [InlineData("http://[v1.x/y]/", false)]
    [InlineData("http://[1.2.3]/", false)]
    public void IP_literals_follow_RFC_3986(string value, bool expected)
    {
        Assert.Equal(expected, IsValid("uri", value));
        Assert.Equal(expected, IsValid("uri-reference", value));
    }

    [Fact]
    public void A_network_path_reference_may_hold_an_IPvFuture_literal() =>
        Assert.True(IsValid("uri-reference", "//[v7.host]/x"));
}
