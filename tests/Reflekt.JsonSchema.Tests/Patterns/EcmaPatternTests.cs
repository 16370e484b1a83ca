using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.JsonSchema.Tests.Patterns;

/// <summary>pattern and patternProperties follow ECMA-262 with the u flag, not .NET's regex dialect.</summary>
public sealed class EcmaPatternTests
{
    private static bool Matches(string pattern, string text)
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile(JsonSerializer.Serialize(new { pattern }));
        return schema.IsValid(JsonDocument.Parse(JsonSerializer.Serialize(text)).RootElement);
    }

    [Theory]
    [InlineData("^[a-z]+$", "abc", true)]
    [InlineData("^[a-z]+$", "abc\n", false)]
    [InlineData("^..$", "😀😀", true)]
    [InlineData("^.$", "😀", true)]
    [InlineData("^..$", "😀", false)]
    [InlineData("^[😀-😎]$", "😃", true)]
    [InlineData("^[😀-😎]$", "😏", false)]
    [InlineData("^[^a]$", "😀", true)]
    [InlineData("^\\u{1F600}$", "😀", true)]
    [InlineData("^\\uD83D\\uDE00$", "😀", true)]
    [InlineData("^\\p{Script=Greek}+$", "αβγ", true)]
    [InlineData("^\\p{Script=Greek}+$", "abc", false)]
    [InlineData("^\\p{sc=Grek}$", "Ω", true)]
    [InlineData("^\\p{L}+$", "héllo𝐀", true)]
    [InlineData("^\\p{L}$", "1", false)]
    [InlineData("^\\P{L}$", "😀", true)]
    [InlineData("^\\p{Lu}$", "𝐀", true)]
    [InlineData("^\\p{ASCII}+$", "abc", true)]
    [InlineData("^\\p{Emoji_Presentation}$", "😀", true)]
    [InlineData("[]", "anything", false)]
    [InlineData("[]", "", false)]
    [InlineData("^[^]$", "😀", true)]
    [InlineData("^[^]$", "\n", true)]
    [InlineData("^.$", "\n", false)]
    [InlineData("^\\w+$", "é", false)]
    [InlineData("^\\d$", "٣", false)]
    [InlineData("^\\s$", "\u3000", true)]
    [InlineData("\\bcat\\b", "a cat!", true)]
    [InlineData("\\bcat\\b", "écat", true)]
    [InlineData("^(a)(?<n>b)\\1\\2$", "abab", true)]
    [InlineData("^(?<n>a)\\k<n>$", "aa", true)]
    [InlineData("^a{2,3}$", "aaaa", false)]
    [InlineData("(?<=a+)b", "aaab", true)]
    [InlineData("^\\cJ$", "\n", true)]
    [InlineData("^\\/$", "/", true)]
    public void Matches_as_ECMA_262_does(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Matches(pattern, text));

    [Fact]
    public void PatternProperties_count_a_surrogate_pair_as_one_character()
    {
        var schema = Reflekt.Json.Schema.JsonSchema.Compile("""{"patternProperties": {"^.$": {"type": "integer"}}}""");

        Assert.False(schema.IsValid(JsonDocument.Parse("""{"😀": "x"}""").RootElement));
        Assert.True(schema.IsValid(JsonDocument.Parse("""{"😀😀": "x"}""").RootElement));
    }

    [Theory]
    [InlineData("(?i)abc", 0)]
    [InlineData("a(?#note)b", 1)]
    [InlineData("\\Aabc", 0)]
    [InlineData("abc\\Z", 3)]
    [InlineData("abc\\z", 3)]
    [InlineData("a++", 2)]
    [InlineData("a*+", 2)]
    [InlineData("(?>a)", 0)]
    [InlineData("(?P<n>a)", 0)]
    [InlineData("\\a", 0)]
    [InlineData("a{", 1)]
    [InlineData("a]", 1)]
    [InlineData("[b-a]", 1)]
    [InlineData("[\\d-z]", 1)]
    [InlineData("\\p{Script=Klingon}", 0)]
    [InlineData("(a)\\2", 3)]
    [InlineData("\\k<x>(?<y>a)", 0)]
    [InlineData("(?=a)*", 5)]
    [InlineData("(a", 0)]
    [InlineData("a)", 1)]
    [InlineData("\\01", 0)]
    public void Other_engines_syntax_is_an_invalid_schema_naming_pattern_and_offset(string pattern, int offset)
    {
        var error = Assert.Throws<InvalidSchemaException>(() => Reflekt.Json.Schema.JsonSchema.Compile(JsonSerializer.Serialize(new { pattern })));

        Assert.Contains($"\"{pattern}\" is not a valid ECMA-262 regular expression", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at offset {offset}", error.Message, StringComparison.Ordinal);
        Assert.Contains("/pattern", error.Message, StringComparison.Ordinal);
    }
}
