using System.Collections.Concurrent;
using System.Text;

namespace Reflekt.Codegen.Shapes;

/// <summary>
/// Splits names from schemas (<c>Order Completed</c>, <c>order_id</c>, <c>productListViewed</c>, <c>sku-2</c>) into
/// words and joins them in each language's casing. Digits stay with the word before them.
/// </summary>
public static class TypeNames
{
    // A plan of 10,000 events names the same few hundred properties (order_id, …) in every language's casing many
    // times over; splitting each afresh was a fifth of `reflekt codegen`'s time. Names are few, so the caches are
    // unbounded, and concurrent because plans are read in parallel.
    private static readonly ConcurrentDictionary<string, string> PascalNames = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> CamelNames = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> SnakeNames = new(StringComparer.Ordinal);

    /// <summary>The words of a name: split at anything not a letter or digit, and at lower→upper case changes.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var boundary = current.Length > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (boundary)
            {
                Flush();
            }

            current.Append(c);
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary><c>OrderCompleted</c>; a name with no letters or digits becomes <c>Value</c>.</summary>
    public static string Pascal(string name) => PascalNames.GetOrAdd(name, ToPascal);

    /// <summary><c>orderCompleted</c>.</summary>
    public static string Camel(string name) => CamelNames.GetOrAdd(name, ToCamel);

    /// <summary><c>order_completed</c>.</summary>
    public static string Snake(string name) => SnakeNames.GetOrAdd(name, ToSnake);

    private static string ToPascal(string name)
    {
        var joined = string.Concat(Words(name).Select(Capitalize));
        return joined.Length == 0 ? "Value" : char.IsDigit(joined[0]) ? "_" + joined : joined;
    }

    private static string ToCamel(string name)
    {
        var pascal = Pascal(name);
        return pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    private static string ToSnake(string name)
    {
        var joined = string.Join('_', Words(name).Select(w => w.ToLowerInvariant()));
        return joined.Length == 0 ? "value" : char.IsDigit(joined[0]) ? "_" + joined : joined;
    }

    private static string Capitalize(string word) =>
        char.ToUpperInvariant(word[0]) + (word.Length > 1 && word.All(char.IsUpper) ? word[1..].ToLowerInvariant() : word[1..]);
}
