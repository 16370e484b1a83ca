using System.Text;

namespace Reflekt.Linting.Columns;

/// <summary>
/// Segment's column naming (contracts.md §4.2–4.3): nested object keys joined with `_`, then go-snakecase.
/// Interim: to be replaced by the Schemas/Naming authority once it lands (see the lint issue note).
/// </summary>
public sealed class SegmentColumnNaming : IColumnNaming
{
    public string Column(IReadOnlyList<string> propertyPath) => SnakeCase(string.Join('_', propertyPath));

    /// <summary>go-snakecase: ASCII words (upper/digit run + lower/digit run), lower-cased, joined by `_`.</summary>
    public static string SnakeCase(string name)
    {
        if (IsAlreadySnake(name))
        {
            return name;
        }
        var builder = new StringBuilder(name.Length + 4);
        var i = 0;
        while (i < name.Length)
        {
            if (!IsAsciiAlphanumeric(name[i]))
            {
                i++;
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append('_');
            }
            while (i < name.Length && (char.IsAsciiLetterUpper(name[i]) || char.IsAsciiDigit(name[i])))
            {
                builder.Append(char.ToLowerInvariant(name[i++]));
            }
            while (i < name.Length && (char.IsAsciiLetterLower(name[i]) || char.IsAsciiDigit(name[i])))
            {
                builder.Append(name[i++]);
            }
        }
        return builder.ToString();
    }

    private static bool IsAlreadySnake(string name)
    {
        if (name.Length == 0)
        {
            return true;
        }
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (i + 1 >= name.Length || !(char.IsAsciiLetterLower(name[i + 1]) || char.IsAsciiDigit(name[i + 1])))
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);
}
