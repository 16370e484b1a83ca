using System.Text;

namespace Reflekt.Schemas.Naming;

/// <summary>Segment's warehouse name conversion (segmentio/go-snakecase): ASCII words joined by '_'.</summary>
/// <remarks>
/// Works on ASCII only, like the Go original: every other character (non-ASCII included) is a separator
/// and vanishes, so a name made only of such characters converts to the empty string.
/// </remarks>
public static class GoSnakeCase
{
    /// <summary>Converts a property, trait or event name to its warehouse spelling.</summary>
    public static string Convert(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var idx = 0;

        // Already snake_case (lowercase, digits, '_' followed by lowercase/digit): returned unchanged.
        while (idx < name.Length
               && (IsLower(name[idx]) || IsDigit(name[idx])
                   || (name[idx] == '_' && idx < name.Length - 1 && (IsLower(name[idx + 1]) || IsDigit(name[idx + 1])))))
        {
            idx++;
        }

        if (idx == name.Length)
        {
            return name;
        }

        // A digit right before an uppercase letter starts the next word (the Go code steps back one).
        if (idx > 0 && IsDigit(name[idx - 1]))
        {
            idx--;
        }

        var b = new StringBuilder(name.Length + 8);
        b.Append(name, 0, idx);
        while (idx < name.Length)
        {
            if (!IsAlphanumeric(name[idx]))
            {
                idx++;
                continue;
            }

            if (b.Length > 0)
            {
                b.Append('_');
            }

            while (idx < name.Length && (IsUpper(name[idx]) || IsDigit(name[idx])))
            {
                b.Append(IsUpper(name[idx]) ? (char)(name[idx] + ('a' - 'A')) : name[idx]);
                idx++;
            }

            while (idx < name.Length && (IsLower(name[idx]) || IsDigit(name[idx])))
            {
                b.Append(name[idx]);
                idx++;
            }
        }

        return b.ToString();
    }

    private static bool IsAlphanumeric(char c) => IsLower(c) || IsUpper(c) || IsDigit(c);

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
