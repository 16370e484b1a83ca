namespace Reflekt.Schemas;

/// <summary>RFC 6901 JSON pointer helpers: escaping segments and rendering pointers as key paths.</summary>
public static class JsonPointer
{
    /// <summary>Appends one reference token to a pointer, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Append(string pointer, string segment) =>
        pointer + "/" + segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The unescaped reference tokens of a pointer ("" → none).</summary>
    public static IReadOnlyList<string> Segments(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        return pointer[1..].Split('/')
            .Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToArray();
    }

    /// <summary>Renders a pointer the way YAML users read keys: <c>/artifacts/dbt/tests/0</c> → <c>artifacts.dbt.tests[0]</c>.</summary>
    public static string ToKeyPath(string pointer)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var segment in Segments(pointer))
        {
            if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                builder.Append('[').Append(segment).Append(']');
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(segment);
            }
        }

        return builder.Length == 0 ? "(root)" : builder.ToString();
    }
}
