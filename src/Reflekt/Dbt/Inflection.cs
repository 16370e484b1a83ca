using System.Text.RegularExpressions;

namespace Reflekt.Dbt;

/// <summary>The Python <c>inflection.underscore</c> that Reflekt uses for package names and version suffixes.</summary>
internal static partial class Inflection
{
    public static string Underscore(string word)
    {
        word = AcronymBoundary().Replace(word, "$1_$2");
        word = CamelBoundary().Replace(word, "$1_$2");
        return word.Replace('-', '_').ToLowerInvariant();
    }

    [GeneratedRegex("([A-Z]+)([A-Z][a-z])")]
    private static partial Regex AcronymBoundary();

    [GeneratedRegex(@"([a-z\d])([A-Z])")]
    private static partial Regex CamelBoundary();
}
