using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reflekt.PythonCompat;

/// <summary>
/// The transforms of Python's `inflection` library that upstream Reflekt builds casing checks, dbt package names and
/// model version suffixes on, reproduced literally so that names judged by upstream get the same verdict here.
/// </summary>
public static partial class Inflection
{
    // [A-Z]/[a-z] are ASCII in Python too; \d is Unicode in both engines.
    [GeneratedRegex(@"([A-Z]+)([A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymBoundary();

    [GeneratedRegex(@"([a-z\d])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex HumpBoundary();

    [GeneratedRegex(@"(?:^|_)(.)", RegexOptions.CultureInvariant)]
    private static partial Regex CamelizeTarget();

    [GeneratedRegex(@"_id$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingId();

    [GeneratedRegex(@"([a-z\d]*)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AlphanumericRun();

    [GeneratedRegex(@"^\w", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWordChar();

    [GeneratedRegex(@"\b('?\w)", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();

    /// <summary>`inflection.underscore`: "OrderCompleted" → "order_completed".</summary>
    public static string Underscore(string word)
    {
        word = AcronymBoundary().Replace(word, "$1_$2");
        word = HumpBoundary().Replace(word, "$1_$2");
        return word.Replace('-', '_').ToLowerInvariant();
    }

    /// <summary>`inflection.camelize`: "order_id" → "OrderId" (upper) or "orderId" (lower).</summary>
    public static string Camelize(string word, bool uppercaseFirstLetter = true)
    {
        if (uppercaseFirstLetter)
        {
            return CamelizeTarget().Replace(word, m => m.Groups[1].Value.ToUpperInvariant());
        }
        if (word.Length == 0)
        {
            return word;
        }
        // Python: string[0].lower() + camelize(string)[1:].
        var upper = Camelize(word);
        return word[..1].ToLowerInvariant() + (upper.Length > 1 ? upper[1..] : "");
    }

    /// <summary>`inflection.humanize`: "employee_salary" → "Employee salary", "author_id" → "Author".</summary>
    public static string Humanize(string word)
    {
        word = TrailingId().Replace(word, "", 1);
        word = word.Replace('_', ' ');
        word = AlphanumericRun().Replace(word, m => m.Value.ToLowerInvariant());
        return FirstWordChar().Replace(word, m => m.Value.ToUpperInvariant(), 1);
    }

    /// <summary>`inflection.titleize`: "x-men: the last stand" → "X Men: The Last Stand".</summary>
    public static string Titleize(string word)
    {
        var titled = PythonTitle(Humanize(Underscore(word)));
        return WordStart().Replace(titled, m => PythonCapitalize(m.Groups[1].Value));
    }

    /// <summary>Python `str.title()`: a cased char after an uncased one is title-cased, others lower-cased.</summary>
    internal static string PythonTitle(string text)
    {
        var builder = new StringBuilder(text.Length);
        var previousIsCased = false;
        foreach (var c in text)
        {
            builder.Append(previousIsCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousIsCased = IsCased(c);
        }
        return builder.ToString();
    }

    /// <summary>Python `str.capitalize()`: first char upper-cased, the rest lower-cased.</summary>
    internal static string PythonCapitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();

    private static bool IsCased(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter;
}
