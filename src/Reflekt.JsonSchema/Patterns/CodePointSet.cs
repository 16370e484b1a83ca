using System.Globalization;
using System.Text;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// An immutable set of Unicode code points (sorted, disjoint, non-adjacent inclusive ranges), and its .NET regex
/// form. ECMA-262 with the <c>u</c> flag matches code points while .NET matches UTF-16 code units, so a set is
/// written as an alternation: astral code points as surrogate pairs, BMP ones as a class, and lone surrogates
/// guarded so that half of a pair never matches on its own.
/// </summary>
internal sealed class CodePointSet
{
    public const int MaxCodePoint = 0x10FFFF;

    public static readonly CodePointSet Empty = new([]);
    public static readonly CodePointSet All = new([(0, MaxCodePoint)]);

    private readonly (int Start, int End)[] _ranges;

    private CodePointSet((int Start, int End)[] normalized) => _ranges = normalized;

    public IReadOnlyList<(int Start, int End)> Ranges => _ranges;

    public bool IsEmpty => _ranges.Length == 0;

    public static CodePointSet Of(int codePoint) => new([(codePoint, codePoint)]);

    public static CodePointSet Range(int start, int end) => new([(start, end)]);

    /// <summary>Builds a set from ranges in any order, overlapping or not.</summary>
    public static CodePointSet FromRanges(IEnumerable<(int Start, int End)> ranges)
    {
        var sorted = ranges.OrderBy(r => r.Start).ToList();
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var (start, end) in sorted)
        {
            if (merged.Count > 0 && start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return new CodePointSet([.. merged]);
    }

    public CodePointSet Union(CodePointSet other) => FromRanges(_ranges.Concat(other._ranges));

    public CodePointSet Complement()
    {
        var result = new List<(int, int)>(_ranges.Length + 1);
        var next = 0;
        foreach (var (start, end) in _ranges)
        {
            if (start > next)
            {
                result.Add((next, start - 1));
            }

            next = end + 1;
        }

        if (next <= MaxCodePoint)
        {
            result.Add((next, MaxCodePoint));
        }

        return new CodePointSet([.. result]);
    }

    public CodePointSet Intersect(int start, int end)
    {
        var result = new List<(int, int)>();
        foreach (var (s, e) in _ranges)
        {
            var from = Math.Max(s, start);
            var to = Math.Min(e, end);
            if (from <= to)
            {
                result.Add((from, to));
            }
        }

        return new CodePointSet([.. result]);
    }

    /// <summary>A .NET regex fragment matching exactly one code point of the set; safe to quantify.</summary>
    public string ToRegex()
    {
        var alternatives = new List<string>();
        AddAstral(alternatives);

        var bmp = Intersect(0, 0xD7FF).Union(Intersect(0xE000, 0xFFFF));
        if (!bmp.IsEmpty)
        {
            alternatives.Add(bmp.ClassOf());
        }

        var highs = Intersect(0xD800, 0xDBFF);
        if (!highs.IsEmpty)
        {
            alternatives.Add(highs.ClassOf() + @"(?![\uDC00-\uDFFF])");
        }

        var lows = Intersect(0xDC00, 0xDFFF);
        if (!lows.IsEmpty)
        {
            alternatives.Add(@"(?<![\uD800-\uDBFF])" + lows.ClassOf());
        }

        return alternatives.Count switch
        {
            0 => "(?!)",
            1 when !alternatives[0].Contains('(', StringComparison.Ordinal) && alternatives[0].StartsWith('[') => alternatives[0],
            _ => "(?:" + string.Join('|', alternatives) + ")",
        };
    }

    // Astral ranges become high-surrogate/low-surrogate pairs; consecutive high surrogates that take the same
    // low range share one alternative ([\uD800-\uD83F][\uDC00-\uDFFF]).
    private void AddAstral(List<string> alternatives)
    {
        var pairs = new List<(int HighStart, int HighEnd, int LowStart, int LowEnd)>();
        foreach (var (start, end) in Intersect(0x10000, MaxCodePoint)._ranges)
        {
            var (hs, ls) = Split(start);
            var (he, le) = Split(end);
            if (hs == he)
            {
                Add(pairs, hs, hs, ls, le);
                continue;
            }

            Add(pairs, hs, hs, ls, 0xDFFF);
            if (he - hs > 1)
            {
                Add(pairs, hs + 1, he - 1, 0xDC00, 0xDFFF);
            }

            Add(pairs, he, he, 0xDC00, le);
        }

        foreach (var (highStart, highEnd, lowStart, lowEnd) in pairs)
        {
            alternatives.Add(Class(highStart, highEnd) + Class(lowStart, lowEnd));
        }
    }

    private static void Add(List<(int, int, int, int)> pairs, int highStart, int highEnd, int lowStart, int lowEnd)
    {
        if (pairs.Count > 0 && pairs[^1] is var (hs, he, ls, le) && ls == lowStart && le == lowEnd && he + 1 == highStart)
        {
            pairs[^1] = (hs, highEnd, ls, le);
            return;
        }

        pairs.Add((highStart, highEnd, lowStart, lowEnd));
    }

    private static (int High, int Low) Split(int codePoint)
    {
        var offset = codePoint - 0x10000;
        return (0xD800 + (offset >> 10), 0xDC00 + (offset & 0x3FF));
    }

    private string ClassOf()
    {
        var builder = new StringBuilder("[");
        foreach (var (start, end) in _ranges)
        {
            AppendUnit(builder, start);
            if (end != start)
            {
                builder.Append('-');
                AppendUnit(builder, end);
            }
        }

        return builder.Append(']').ToString();
    }

    private static string Class(int start, int end)
    {
        var builder = new StringBuilder();
        if (start == end)
        {
            AppendUnit(builder, start);
            return builder.ToString();
        }

        builder.Append('[');
        AppendUnit(builder, start);
        builder.Append('-');
        AppendUnit(builder, end);
        return builder.Append(']').ToString();
    }

    private static void AppendUnit(StringBuilder builder, int unit) =>
        builder.Append(@"\u").Append(unit.ToString("X4", CultureInfo.InvariantCulture));
}
