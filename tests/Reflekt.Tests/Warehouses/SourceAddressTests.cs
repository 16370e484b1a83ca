using Reflekt.Warehouses;

namespace Reflekt.Tests.Warehouses;

/// <summary>The one <c>--source</c> grammar: build, reflect and serve parse it here.</summary>
public sealed class SourceAddressTests
{
    [Fact]
    public void Three_bare_parts()
    {
        var address = SourceAddress.Parse("demo.warehouse.segment");

        Assert.Equal(new SourceAddress("demo", "warehouse", "segment"), address);
        Assert.Equal("demo.warehouse.segment", address.Key);
    }

    [Fact]
    public void A_quoted_part_may_hold_dots_and_doubled_quotes()
    {
        var address = SourceAddress.Parse("demo.\"my.db\".\"seg\"\"ment\"");

        Assert.Equal(new SourceAddress("demo", "my.db", "seg\"ment"), address);
        Assert.Equal("demo.\"my.db\".\"seg\"\"ment\"", address.Key);
        Assert.Equal(address, SourceAddress.Parse(address.Key));
    }

    [Fact]
    public void Four_parts_are_refused_naming_the_form_and_how_to_quote()
    {
        // Before: build read x.a.b.c as database "a.b", reflect refused it. Now both refuse it the same way.
        var error = Assert.Throws<ReflektException>(() => SourceAddress.Parse("x.a.b.c"));

        Assert.Equal(
            "Invalid argument '--source x.a.b.c': it has 4 parts; quote a name that contains a dot, e.g. x.\"a.b\".c. The source argument must follow the format: <source_id>.<database>.<schema>",
            error.Message);
    }

    [Theory]
    [InlineData("a.b", "it has 2 parts")]
    [InlineData("a..c", "a part is empty")]
    [InlineData("a.\"b.c", "a quoted part is not closed")]
    [InlineData("a.\"b\"x.c", "a quoted part must be followed by '.'")]
    [InlineData("a.b\"c.d", "a double quote may only open a part")]
    public void Malformed_addresses_say_why(string text, string why)
    {
        var error = Assert.Throws<ReflektException>(() => SourceAddress.Parse(text, "--reflect-source"));

        Assert.StartsWith($"Invalid argument '--reflect-source {text}': {why}", error.Message);
        Assert.EndsWith("<source_id>.<database>.<schema>", error.Message);
    }
}
