using System.Text;
using System.Text.RegularExpressions;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.JsonSchema.Tests.Patterns;

/// <summary>
/// The byte matcher for simple anchored patterns gives the translated regex's answer on every string tried, and
/// leaves to the regex the shapes where one greedy pass would not be exact.
/// </summary>
public sealed class AsciiPatternTests
{
    public static TheoryData<string> SimplePatterns =>
    [
        "^o-[0-9]+$", "^SKU-[0-9]{5}$", "^[a-z_]+$", "^[a-z][a-z0-9_]*$", "^\\d{4}-\\d{2}-\\d{2}$", "^[A-Z]{3}$",
        "^\\w+$", "^v\\d+\\.\\d+$", "^[a-f0-9]{8,12}$", "^ab?c$", "^a*b", "^[-a]+b$", "^x{2,}y$", "^[A-Za-z0-9]{0,3}$",
    ];

    public static TheoryData<string> LeftToRegex =>
    [
        "[a-z]+", "^[a-z]+[a-z]$", "^a*ab$", "^(ab)+$", "^a|b$", "^.+$", "^[^a]+$", "^é+$", "^[]$", "^a+?$", "^\\s+$", "^\\D$",
        "^a?a$",
    ];

    [Theory]
    [MemberData(nameof(SimplePatterns))]
    public void Simple_patterns_answer_as_the_regex_does(string pattern)
    {
        var ascii = AsciiPattern.TryCreate(pattern);
        Assert.NotNull(ascii);
        var regex = new Regex(EcmaPattern.Translate(pattern), RegexOptions.CultureInvariant);
        var alphabet = "ab_-.xyzAZ09o5SKUcv\n😀é";
        var random = new Random(13);
        for (var n = 0; n < 4000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 14);
            for (var i = 0; i < length; i++)
            {
                // Mostly characters the pattern uses, so matches are common enough to test both answers.
                builder.Append(random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : pattern[random.Next(1, pattern.Length)]);
            }

            var text = builder.ToString();
            if (char.IsSurrogate(text.LastOrDefault()) && !char.IsLowSurrogate(text[^1]))
            {
                continue;
            }

            var expected = regex.IsMatch(text);
            Assert.True(expected == ascii.IsMatch(Encoding.UTF8.GetBytes(text)), $"{pattern} on \"{text}\": regex says {expected}");
            Assert.Equal(expected, ascii.IsMatch(text.AsSpan()));
        }
    }

    [Theory]
    [MemberData(nameof(LeftToRegex))]
    public void Other_shapes_are_left_to_the_regex(string pattern) => Assert.Null(AsciiPattern.TryCreate(pattern));
}
