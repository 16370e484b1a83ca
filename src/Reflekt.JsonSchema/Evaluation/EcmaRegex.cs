using System.Text;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>
/// Regular expressions for pattern/patternProperties/format "regex". The specs ask for ECMA-262; .NET's
/// ECMAScript option gives ECMA semantics for \w, \d and back-references but rejects Unicode property escapes.
/// Patterns with \p{…} are translated instead: long category names become .NET's short ones (\p{Letter} → \p{L})
/// and \d/\w are narrowed to ASCII as in ECMA-262; \s/\S get ECMA-262's Unicode spaces in both modes.
/// Known differences: script properties (\p{Script=Greek}) are not supported, and .NET matches UTF-16 code
/// units, so a character outside the BMP counts as two for "." and quantifiers.
/// </summary>
internal static class EcmaRegex
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["Letter"] = "L",
        ["Uppercase_Letter"] = "Lu",
        ["Lowercase_Letter"] = "Ll",
        ["Titlecase_Letter"] = "Lt",
        ["Modifier_Letter"] = "Lm",
        ["Other_Letter"] = "Lo",
        ["Mark"] = "M",
        ["Nonspacing_Mark"] = "Mn",
        ["Spacing_Mark"] = "Mc",
        ["Enclosing_Mark"] = "Me",
        ["Number"] = "N",
        ["Decimal_Number"] = "Nd",
        ["digit"] = "Nd",
        ["Letter_Number"] = "Nl",
        ["Other_Number"] = "No",
        ["Punctuation"] = "P",
        ["Connector_Punctuation"] = "Pc",
        ["Dash_Punctuation"] = "Pd",
        ["Open_Punctuation"] = "Ps",
        ["Close_Punctuation"] = "Pe",
        ["Initial_Punctuation"] = "Pi",
        ["Final_Punctuation"] = "Pf",
        ["Other_Punctuation"] = "Po",
        ["Symbol"] = "S",
        ["Math_Symbol"] = "Sm",
        ["Currency_Symbol"] = "Sc",
        ["Modifier_Symbol"] = "Sk",
        ["Other_Symbol"] = "So",
        ["Separator"] = "Z",
        ["Space_Separator"] = "Zs",
        ["Line_Separator"] = "Zl",
        ["Paragraph_Separator"] = "Zp",
        ["Other"] = "C",
        ["Control"] = "Cc",
        ["Format"] = "Cf",
        ["Surrogate"] = "Cs",
        ["Private_Use"] = "Co",
        ["Unassigned"] = "Cn",
    };

    public static Regex? Create(string pattern)
    {
        try
        {
            return new Regex(WidenWhitespace(pattern), RegexOptions.ECMAScript, Timeout);
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return new Regex(WidenWhitespace(Translate(pattern)), RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>ECMA-262 rejects some escapes .NET accepts (\a, \Z, \z…); the format "regex" check applies this too.</summary>
    public static bool IsValid(string pattern)
    {
        for (var i = 0; i < pattern.Length - 1; i++)
        {
            if (pattern[i] == '\\')
            {
                var next = pattern[i + 1];
                if (next is 'a' or 'e' or 'z' or 'Z' or 'A' or 'G')
                {
                    return false;
                }

                i++;
            }
        }

        return Create(pattern) is not null;
    }

    // ECMA-262 \s is WhiteSpace plus LineTerminator: .NET's ECMAScript mode knows only the ASCII ones.
    private const string EcmaSpaces = @"\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    /// <summary>Gives \s and \S their ECMA-262 meaning (Unicode spaces, BOM) outside character classes, and \s inside them.</summary>
    private static string WidenWhitespace(string pattern)
    {
        if (!pattern.Contains("\\s", StringComparison.Ordinal) && !pattern.Contains("\\S", StringComparison.Ordinal))
        {
            return pattern;
        }

        var builder = new StringBuilder(pattern.Length + 64);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                i++;
                builder.Append(next switch
                {
                    's' when inClass => EcmaSpaces,
                    's' => "[" + EcmaSpaces + "]",
                    'S' when !inClass => "[^" + EcmaSpaces + "]",
                    _ => "\\" + next,
                });
                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Translate(string pattern)
    {
        var builder = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if ((next == 'p' || next == 'P') && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close > 0)
                    {
                        var name = pattern[(i + 3)..close];
                        if (name.StartsWith("General_Category=", StringComparison.Ordinal) || name.StartsWith("gc=", StringComparison.Ordinal))
                        {
                            name = name[(name.IndexOf('=') + 1)..];
                        }

                        builder.Append('\\').Append(next).Append('{').Append(Categories.GetValueOrDefault(name, name)).Append('}');
                        i = close;
                        continue;
                    }
                }

                if (next == 'd')
                {
                    builder.Append(inClass ? "0-9" : "[0-9]");
                    i++;
                    continue;
                }

                if (next == 'w')
                {
                    builder.Append(inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]");
                    i++;
                    continue;
                }

                builder.Append(c).Append(next);
                i++;
                continue;
            }

            if (c == '[' && !inClass)
            {
                inClass = true;
            }
            else if (c == ']' && inClass)
            {
                inClass = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
