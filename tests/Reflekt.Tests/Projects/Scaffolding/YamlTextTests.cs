using Reflekt.Projects.Scaffolding;
using Reflekt.Projects.Yaml;

namespace Reflekt.Tests.Projects.Scaffolding;

public sealed class YamlTextTests
{
    [Theory]
    [InlineData("plain_value", "plain_value")]
    [InlineData("./warehouse.sqlite", "./warehouse.sqlite")]
    [InlineData("~/.reflekt/reflekt_profiles.yml", "~/.reflekt/reflekt_profiles.yml")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("123", "\"123\"")]
    [InlineData("1.0", "\"1.0\"")]
    [InlineData("", "\"\"")]
    [InlineData("~", "\"~\"")]
    [InlineData("a: b # c", "\"a: b # c\"")]
    [InlineData("{{ env_var('X') }}", "\"{{ env_var('X') }}\"")]
    [InlineData("p\"w\\d\n", "\"p\\\"w\\\\d\\n\"")]
    public void Scalars_read_back_as_the_same_string(string value, string expected)
    {
        var written = YamlText.Scalar(value);

        Assert.Equal(expected, written);
        Assert.Equal(value, YamlDocument.Parse("t.yml", "k: " + written + "\n").Root.GetProperty("k").GetString());
    }
}
