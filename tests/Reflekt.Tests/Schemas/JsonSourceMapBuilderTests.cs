using Reflekt.Schemas;

namespace Reflekt.Tests.Schemas;

public sealed class JsonSourceMapBuilderTests
{
    private const string Json = """
        {
          "$id": "a/E/1-0.json",
          "properties": {
            "a~b/c": {"type": "string"},
            "ünï": {"enum": [1, 2, {"x": null}]}
          }
        }
        """;

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("/$id", 2, 3)]
    [InlineData("/properties", 3, 3)]
    [InlineData("/properties/a~0b~1c", 4, 5)]
    [InlineData("/properties/a~0b~1c/type", 4, 15)]
    [InlineData("/properties/ünï/enum/1", 5, 25)]
    [InlineData("/properties/ünï/enum/2/x", 5, 29)]
    public void Maps_pointers_to_lines_and_columns(string pointer, int line, int column)
    {
        var map = JsonSourceMapBuilder.Build(Json);

        Assert.True(map.TryGetPosition(pointer, out var position));
        Assert.Equal(new SourcePosition(line, column), position);
    }

    [Fact]
    public void Columns_on_a_minified_line_count_characters_from_the_line_start()
    {
        // One line, multi-byte names: exercises counting that resumes from the previous token.
        var map = JsonSourceMapBuilder.Build("""{"ä":1,"b":[true,{"ü":"x"}],"c":null}""");

        Assert.Equal(new SourcePosition(1, 2), map.Find("/ä"));
        Assert.Equal(new SourcePosition(1, 8), map.Find("/b"));
        Assert.Equal(new SourcePosition(1, 13), map.Find("/b/0"));
        Assert.Equal(new SourcePosition(1, 18), map.Find("/b/1"));
        Assert.Equal(new SourcePosition(1, 19), map.Find("/b/1/ü"));
        Assert.Equal(new SourcePosition(1, 29), map.Find("/c"));
    }

    [Fact]
    public void Missing_pointer_falls_back_to_its_nearest_ancestor()
    {
        var map = JsonSourceMapBuilder.Build(Json);

        Assert.Equal(new SourcePosition(4, 5), map.Find("/properties/a~0b~1c/description"));
        Assert.Equal(new SourcePosition(1, 1), map.Find("/required/0"));
    }

    [Fact]
    public void Key_paths_read_like_yaml_keys()
    {
        Assert.Equal("artifacts.dbt.tests[0]", JsonPointer.ToKeyPath("/artifacts/dbt/tests/0"));
        Assert.Equal("(root)", JsonPointer.ToKeyPath(""));
        Assert.Equal(["a/b", "c~d"], JsonPointer.Segments(JsonPointer.Append(JsonPointer.Append("", "a/b"), "c~d")));
    }
}
