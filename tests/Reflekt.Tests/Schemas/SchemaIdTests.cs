using Reflekt.Schemas;

namespace Reflekt.Tests.Schemas;

public sealed class SchemaIdTests
{
    [Fact]
    public void Parses_group_event_and_version()
    {
        var id = SchemaId.Parse("segment/ecommerce/Order_Completed/1-0.json");

        Assert.Equal("segment/ecommerce/Order_Completed/1-0.json", id.Path);
        Assert.Equal("segment/ecommerce/Order_Completed", id.EventFolder);
        Assert.Equal("Order_Completed", id.Name);
        Assert.Equal("segment/ecommerce", id.Group);
        Assert.Equal((1, 0), (id.Major, id.Minor));
        Assert.Equal("1-0", id.Version);
    }

    [Fact]
    public void Event_without_group_has_an_empty_group()
    {
        var id = SchemaId.Parse("Identify/2-13.json");

        Assert.Equal("", id.Group);
        Assert.Equal((2, 13), (id.Major, id.Minor));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1-0.json")]
    [InlineData("a/Order_Completed/1.0.json")]
    [InlineData("a/Order_Completed/01-0.json")]
    [InlineData("a/Order_Completed/1-0")]
    [InlineData(".reflekt/meta/1-0.json")]
    [InlineData("a//1-0.json")]
    public void Rejects_what_is_not_an_id(string text)
    {
        Assert.False(SchemaId.TryParse(text, out _));
        Assert.Throws<ReflektException>(() => SchemaId.Parse(text));
    }

    [Fact]
    public void Sorts_versions_numerically()
    {
        var ids = new[] { "a/E/1-10.json", "a/E/2-0.json", "a/E/1-9.json" }.Select(SchemaId.Parse).Order().Select(i => i.Version);

        Assert.Equal(["1-9", "1-10", "2-0"], ids);
    }
}
