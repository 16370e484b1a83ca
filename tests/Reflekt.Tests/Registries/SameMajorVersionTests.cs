using Reflekt.Registries;

namespace Reflekt.Tests.Registries;

public sealed class SameMajorVersionTests
{
    private static readonly string[] Held = ["shop/Order/1-0.json", "shop/Order/1-1.json", "shop/Order/2-0.json", "shop/Other/1-3.json"];

    [Theory]
    [InlineData("shop/Order/1-1.json", "shop/Order/1-1.json")]
    [InlineData("shop/Order/1-2.json", "shop/Order/1-1.json")]
    [InlineData("shop/Order/2-4.json", "shop/Order/2-0.json")]
    [InlineData("shop/Order/3-0.json", null)]
    [InlineData("shop/Other/1-2.json", null)]
    [InlineData("shop/New/1-0.json", null)]
    public void The_same_MINOR_else_the_highest_lower_one_of_the_same_MAJOR_and_folder(string id, string? expected) =>
        Assert.Equal(expected, SameMajorVersion.Pick(id, Held));
}
