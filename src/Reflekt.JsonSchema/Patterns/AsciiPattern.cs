namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// The shape most event schemas use for ids and codes, matched on bytes without a regex: <c>^</c>, then ASCII atoms
/// (a literal, <c>\d</c>, <c>\w</c>, a class of ASCII characters and ranges) each with an optional quantifier, then an
/// optional <c>$</c> (<c>^o-[0-9]+$</c>, <c>^SKU-[0-9]{5}$</c>, <c>^[a-z_]+$</c>). One greedy left-to-right pass is exact
/// because a variable atom must not share a character with the atoms that could follow it, so no other split of the
/// input exists. Anything else (groups, alternation, <c>.</c>, non-ASCII, negated classes) returns null: the regex runs.
/// A non-ASCII character of the instance is never in an ASCII set, which is what ECMA-262 would say too.
/// </summary>
internal sealed class AsciiPattern
{
    private readonly Atom[] _atoms;
    private readonly bool _anchoredEnd;

    private AsciiPattern(Atom[] atoms, bool anchoredEnd)
    {
        _atoms = atoms;
        _anchoredEnd = anchoredEnd;
    }

    private readonly record struct Atom(UInt128 Set, int Min, int Max);

    /// <summary>The byte matcher for a pattern of the simple shape, or null.</summary>
    public static AsciiPattern? TryCreate(string pattern)
    {
        if (!pattern.StartsWith('^'))
        {
            return null;
        }

        var atoms = new List<Atom>();
        var i = 1;
        var anchoredEnd = false;
        while (i < pattern.Length)
        {
            if (pattern[i] == '$')
            {
                if (i != pattern.Length - 1)
                {
                    return null;
                }

                anchoredEnd = true;
                break;
            }

            if (!TryReadSet(pattern, ref i, out var set) || !TryReadQuantifier(pattern, ref i, out var min, out var max))
            {
                return null;
            }

            atoms.Add(new Atom(set, min, max));
        }

        return IsGreedyExact(atoms) ? new AsciiPattern([.. atoms], anchoredEnd) : null;
    }

    public bool IsMatch(ReadOnlySpan<byte> utf8)
    {
        var position = 0;
        foreach (var atom in _atoms)
        {
            var count = 0;
            while (count < atom.Max && position < utf8.Length && Contains(atom.Set, utf8[position]))
            {
                position++;
                count++;
            }

            if (count < atom.Min)
            {
                return false;
            }
        }

        return !_anchoredEnd || position == utf8.Length;
    }

    public bool IsMatch(ReadOnlySpan<char> text)
    {
        var position = 0;
        foreach (var atom in _atoms)
        {
            var count = 0;
            while (count < atom.Max && position < text.Length && Contains(atom.Set, text[position]))
            {
                position++;
                count++;
            }

            if (count < atom.Min)
            {
                return false;
            }
        }

        return !_anchoredEnd || position == text.Length;
    }

    private static bool Contains(UInt128 set, int c) => c < 128 && ((set >> c) & UInt128.One) != UInt128.Zero;

    // A variable atom must be disjoint from every atom that could come next: the following ones up to and including the
    // first mandatory one. Then the greedy run of each atom is the only run that can lead to a match.
    private static bool IsGreedyExact(List<Atom> atoms)
    {
        for (var i = 0; i < atoms.Count; i++)
        {
            if (atoms[i].Min == atoms[i].Max)
            {
                continue;
            }

            for (var j = i + 1; j < atoms.Count; j++)
            {
                if ((atoms[i].Set & atoms[j].Set) != UInt128.Zero)
                {
                    return false;
                }

                if (atoms[j].Min > 0)
                {
                    break;
                }
            }
        }

        return true;
    }

    private static bool TryReadSet(string pattern, ref int i, out UInt128 set)
    {
        set = UInt128.Zero;
        var c = pattern[i];
        if (c == '[')
        {
            i++;
            if (i < pattern.Length && pattern[i] == '^')
            {
                return false;
            }

            // "[]" (the empty class of ECMA-262) ends with an empty set and is left to the regex.
            while (i < pattern.Length && pattern[i] != ']')
            {
                if (!TryReadClassChar(pattern, ref i, out var low, out var lowSet))
                {
                    return false;
                }

                if (lowSet != UInt128.Zero)
                {
                    set |= lowSet;
                    continue;
                }

                if (i + 1 < pattern.Length && pattern[i] == '-' && pattern[i + 1] != ']')
                {
                    i++;
                    if (!TryReadClassChar(pattern, ref i, out var high, out var highSet) || highSet != UInt128.Zero || high < low)
                    {
                        return false;
                    }

                    for (var x = low; x <= high; x++)
                    {
                        set |= UInt128.One << x;
                    }
                }
                else
                {
                    set |= UInt128.One << low;
                }
            }

            if (i >= pattern.Length || set == UInt128.Zero)
            {
                return false;
            }

            i++;
            return true;
        }

        if (c == '\\')
        {
            if (i + 1 >= pattern.Length || !TryEscape(pattern[i + 1], out var single, out set))
            {
                return false;
            }

            i += 2;
            set = set == UInt128.Zero ? UInt128.One << single : set;
            return true;
        }

        if (c >= 128 || c < 0x20 || "^$\\.*+?()[]{}|/".Contains(c))
        {
            return false;
        }

        i++;
        set = UInt128.One << c;
        return true;
    }

    // One class member: a character (its code in low, lowSet zero) or a class escape (lowSet the set).
    private static bool TryReadClassChar(string pattern, ref int i, out int low, out UInt128 lowSet)
    {
        low = 0;
        lowSet = UInt128.Zero;
        var c = pattern[i];
        if (c == '\\')
        {
            if (i + 1 >= pattern.Length || !TryEscape(pattern[i + 1], out low, out lowSet))
            {
                return false;
            }

            i += 2;
            return true;
        }

        if (c >= 128 || c < 0x20 || c == '[')
        {
            return false;
        }

        low = c;
        i++;
        return true;
    }

    // \d and \w (ASCII in ECMA-262, u flag without i), or an escaped ASCII punctuation character standing for itself.
    private static bool TryEscape(char c, out int single, out UInt128 set)
    {
        single = 0;
        set = UInt128.Zero;
        switch (c)
        {
            case 'd':
                set = Range('0', '9');
                return true;
            case 'w':
                set = Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | (UInt128.One << '_');
                return true;
        }

        if (c < 128 && "^$\\.*+?()[]{}|/-".Contains(c))
        {
            single = c;
            return true;
        }

        return false;
    }

    private static UInt128 Range(char low, char high)
    {
        var set = UInt128.Zero;
        for (var x = low; x <= high; x++)
        {
            set |= UInt128.One << x;
        }

        return set;
    }

    private static bool TryReadQuantifier(string pattern, ref int i, out int min, out int max)
    {
        (min, max) = (1, 1);
        if (i >= pattern.Length)
        {
            return true;
        }

        switch (pattern[i])
        {
            case '*':
                (min, max) = (0, int.MaxValue);
                i++;
                break;
            case '+':
                (min, max) = (1, int.MaxValue);
                i++;
                break;
            case '?':
                (min, max) = (0, 1);
                i++;
                break;
            case '{':
                var close = pattern.IndexOf('}', i);
                if (close < 0 || !TryReadBounds(pattern.AsSpan(i + 1, close - i - 1), out min, out max))
                {
                    return false;
                }

                i = close + 1;
                break;
            default:
                return true;
        }

        // A lazy or a second quantifier is left to the regex.
        return i >= pattern.Length || pattern[i] is not ('?' or '*' or '+' or '{');
    }

    private static bool TryReadBounds(ReadOnlySpan<char> bounds, out int min, out int max)
    {
        max = 0;
        var comma = bounds.IndexOf(',');
        if (!TryDigits(comma < 0 ? bounds : bounds[..comma], out min))
        {
            return false;
        }

        if (comma < 0)
        {
            max = min;
            return true;
        }

        var upper = bounds[(comma + 1)..];
        if (upper.IsEmpty)
        {
            max = int.MaxValue;
            return true;
        }

        return TryDigits(upper, out max) && max >= min;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 6)
        {
            return false;
        }

        foreach (var d in digits)
        {
            if (d is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (d - '0');
        }

        return true;
    }
}
