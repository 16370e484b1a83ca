using System.Globalization;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// The Unicode properties ECMA-262 allows in <c>\p{…}</c>: general categories, scripts, script extensions and
/// binary properties, read once from UnicodeProperties.txt (generated from Node.js's ECMA-262 engine by
/// generate-unicode-properties.mjs, so a property means here what it means for JavaScript validators).
/// </summary>
internal static class UnicodeProperties
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CodePointSet> Parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// The set named by the text between the braces of <c>\p{…}</c> (<c>L</c>, <c>Letter</c>, <c>gc=Lu</c>,
    /// <c>Script=Greek</c>, <c>scx=Grek</c>, <c>ASCII</c>…), or null when ECMA-262 does not know the name.
    /// </summary>
    public static CodePointSet? Find(string expression)
    {
        var equals = expression.IndexOf('=');
        string key;
        if (equals < 0)
        {
            key = Table.Value.ContainsKey("gc " + expression) ? "gc " + expression : "bin " + expression;
        }
        else
        {
            var kind = expression[..equals] switch
            {
                "General_Category" or "gc" => "gc",
                "Script" or "sc" => "sc",
                "Script_Extensions" or "scx" => "scx",
                _ => null,
            };
            if (kind is null)
            {
                return null;
            }

            key = kind + " " + expression[(equals + 1)..];
        }

        return Table.Value.TryGetValue(key, out var ranges) ? Parsed.GetOrAdd(ranges, Parse) : null;
    }

    private static CodePointSet Parse(string ranges)
    {
        var list = new List<(int, int)>();
        foreach (var item in ranges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = item.IndexOf('-');
            var start = int.Parse(dash < 0 ? item : item[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = dash < 0 ? start : int.Parse(item[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            list.Add((start, end));
        }

        return CodePointSet.FromRanges(list);
    }

    // "kind name" → the line's ranges text, for every name (aliases included); ranges are parsed on first use.
    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(UnicodeProperties).Assembly.GetManifestResourceStream("Patterns/UnicodeProperties.txt")
            ?? throw new InvalidOperationException("embedded resource Patterns/UnicodeProperties.txt is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var space = line.IndexOf(' ');
            var colon = line.IndexOf(':');
            var kind = line[..space];
            var ranges = line[(colon + 1)..];
            foreach (var name in line[(space + 1)..colon].Split(','))
            {
                table[kind + " " + name] = ranges;
            }
        }

        return table;
    }
}
