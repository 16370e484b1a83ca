using Reflekt.Testing;

namespace Reflekt.Tests.Testing;

public sealed class SharedFixturesTests
{
    [Fact]
    public void Finds_the_upstream_example_project()
    {
        var project = SharedFixtures.Path("fixtures", "reflekt-upstream", "reflekt_project.yml");

        Assert.True(File.Exists(project), project);
    }
}
