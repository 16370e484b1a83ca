using System.Text.Json;
using Reflekt.Projects.Yaml;

namespace Reflekt.Tests.Projects;

public sealed class YamlDocumentTests
{
    [Fact]
    public void Scalars_follow_the_yaml_core_schema()
    {
        var document = YamlDocument.Parse("x.yml", "a: 1\nb: 1.5\nc: true\nd: ~\ne: '1'\nf: hello\ng: \"true\"\nh:\ni: [1, two]\n");

        Assert.Equal("""{"a":1,"b":1.5,"c":true,"d":null,"e":"1","f":"hello","g":"true","h":null,"i":[1,"two"]}""", document.Root.GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_their_position()
    {
        var error = Assert.Throws<ReflektException>(() => YamlDocument.Parse("x.yml", "a: 1\nb:\n  c: 1\n  c: 2\n"));

        Assert.Equal("x.yml:4:3: YAML syntax error: Duplicate key c", error.Message);
    }

    [Fact]
    public void Empty_file_is_an_empty_mapping()
    {
        var document = YamlDocument.Parse("x.yml", "# only a comment\n");

        Assert.Equal(JsonValueKind.Object, document.Root.ValueKind);
    }

    [Fact]
    public void Positions_are_one_based()
    {
        var document = YamlDocument.Parse("x.yml", "a:\n  - b: 1\n    c: 2\n");

        Assert.True(document.Positions.TryGetPosition("/a/0/c", out var c));
        Assert.Equal((3, 5), (c.Line, c.Column));
        Assert.Equal("x.yml:2:5", document.Locate("/a/0"));
    }
}
