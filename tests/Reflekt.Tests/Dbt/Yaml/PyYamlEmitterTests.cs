using Reflekt.Dbt.Yaml;

namespace Reflekt.Tests.Dbt.Yaml;

/// <summary>Scalar styles as PyYAML picks them (values verified against PyYAML 6 with the same settings).</summary>
public sealed class PyYamlEmitterTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("", "''")]
    [InlineData("yes", "'yes'")]
    [InlineData("null", "'null'")]
    [InlineData("123", "'123'")]
    [InlineData("1.5", "'1.5'")]
    [InlineData("2024-01-01", "'2024-01-01'")]
    [InlineData("key: value", "'key: value'")]
    [InlineData("a #comment", "'a #comment'")]
    [InlineData("- item", "'- item'")]
    [InlineData("it's", "it's")]
    [InlineData("'quoted'", "'''quoted'''")]
    [InlineData(" leading", "' leading'")]
    [InlineData("call [identify(), group()]", "call [identify(), group()]")]
    [InlineData("café ☕", "café ☕")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("line\nbreak", "'line\n\n  break'")]
    public void Chooses_scalar_style_like_pyyaml(string value, string expected) =>
        Assert.Equal($"key: {expected}\n", PyYamlEmitter.Emit(new YamlMap { { "key", value } }));

    [Fact]
    public void Folds_at_the_first_space_past_column_70()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 30));
        var yaml = PyYamlEmitter.Emit(new YamlMap { { "description", text } });
        var lines = yaml.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("  word", l, StringComparison.Ordinal));
        Assert.All(lines.SkipLast(1), l => Assert.InRange(l.Length, 71, 80));
        Assert.Equal(text, string.Join(' ', lines.Select(l => l.Trim())).Replace("description: ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Nests_maps_and_indents_sequences_under_their_key()
    {
        var yaml = PyYamlEmitter.Emit(new YamlMap
        {
            { "version", 2 },
            { "models", new List<object> { new YamlMap { { "name", "m" }, { "tags", new List<object>() }, { "meta", new YamlMap() }, { "tests", new List<object> { "unique" } } } } },
        });
        Assert.Equal("version: 2\nmodels:\n  - name: m\n    tags: []\n    meta: {}\n    tests:\n      - unique\n", yaml);
    }
}
