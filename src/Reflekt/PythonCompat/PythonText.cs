using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Reflekt.PythonCompat;

/// <summary>
/// Python's <c>str()</c> and <c>repr()</c> of a value <c>json.load</c> produced, as upstream's f-strings print it:
/// <c>True</c>, <c>None</c>, <c>1000.0</c>, <c>['string', 'null']</c>, <c>{'a': 1}</c>.
/// </summary>
internal static class PythonText
{
    /// <summary><c>str(value)</c>: a string as-is, anything else as its <c>repr</c>.</summary>
    public static string Str(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : Repr(value);

    /// <summary><c>repr(value)</c>.</summary>
    public static string Repr(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ReprString(value.GetString()!),
        JsonValueKind.Number => PythonNumber.Str(value.GetRawText()),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Repr)) + "]",
        JsonValueKind.Object => "{" + string.Join(", ", value.EnumerateObject().Select(p => ReprString(p.Name) + ": " + Repr(p.Value))) + "}",
        _ => "None",
    };

    /// <summary>Python truthiness: <c>false</c>, <c>null</c>, zero, <c>""</c>, <c>[]</c> and <c>{}</c> are false.</summary>
    public static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
        JsonValueKind.Number => PythonNumber.Value(value.GetRawText()) != 0,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => true,
    };

    /// <summary>Python's <c>==</c> on two loaded values (<c>2 == 2.0</c>).</summary>
    public static bool AreEqual(JsonElement left, JsonElement right) =>
        left.ValueKind == JsonValueKind.Number && right.ValueKind == JsonValueKind.Number
            ? PythonNumber.Value(left.GetRawText()) == PythonNumber.Value(right.GetRawText())
            : JsonElement.DeepEquals(left, right);

    // unicode_repr: single quotes unless the text holds ' and no ", backslash escapes for the quote, \\, \t, \n, \r,
    // and \x / \u / \U escapes for what str.isprintable() rejects.
    private static string ReprString(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append((char)c);
            }
            else if (c == '\t' || c == '\n' || c == '\r')
            {
                builder.Append(c switch { '\t' => "\\t", '\n' => "\\n", _ => "\\r" });
            }
            else if (c == ' ' || IsPrintable(rune))
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append(c switch
                {
                    < 0x100 => "\\x" + c.ToString("x2", CultureInfo.InvariantCulture),
                    < 0x10000 => "\\u" + c.ToString("x4", CultureInfo.InvariantCulture),
                    _ => "\\U" + c.ToString("x8", CultureInfo.InvariantCulture),
                });
            }
        }
        return builder.Append(quote).ToString();
    }

    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
