using System.Globalization;
using System.Text;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// Translates an ECMA-262 pattern (the <c>u</c> flag, no other flags: what JSON Schema specifies) into an
/// equivalent .NET pattern, rejecting anything ECMA-262 rejects (.NET-only syntax such as <c>(?i)</c>,
/// <c>(?#…)</c>, <c>\A</c>, <c>\Z</c>, atomic groups and possessive quantifiers included). What the translation
/// fixes: <c>$</c> matches only at the very end; <c>.</c>, classes and escapes match one code point, so a
/// surrogate pair counts as one character; <c>\d</c>, <c>\w</c>, <c>\b</c> are ASCII and <c>\s</c> is Unicode
/// as in ECMA-262; <c>\p{…}</c> uses ECMA-262's property tables; capture groups keep ECMA-262's numbering.
/// </summary>
internal sealed class EcmaPattern
{
    private const string SyntaxCharacters = "^$\\.*+?()[]{}|/";

    private static readonly CodePointSet Digits = CodePointSet.Range('0', '9');
    private static readonly CodePointSet WordCharacters = CodePointSet.FromRanges([('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')]);
    private static readonly CodePointSet Spaces = CodePointSet.FromRanges(
    [
        (0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680), (0x2000, 0x200A), (0x2028, 0x2029),
        (0x202F, 0x202F), (0x205F, 0x205F), (0x3000, 0x3000), (0xFEFF, 0xFEFF),
    ]);

    private static readonly CodePointSet LineTerminators = CodePointSet.FromRanges([('\n', '\n'), ('\r', '\r'), (0x2028, 0x2029)]);
    private static readonly string AnyButLineTerminator = LineTerminators.Complement().ToRegex();
    private static readonly string Word = WordCharacters.ToRegex();

    private readonly string _source;
    private readonly StringBuilder _output = new();
    private readonly List<string?> _groupNames = [];
    private readonly List<(int Offset, string Name)> _namedReferences = [];
    private int _position;

    private EcmaPattern(string source) => _source = source;

    /// <summary>The .NET equivalent of an ECMA-262 pattern; throws <see cref="EcmaPatternException"/> when it is not valid ECMA-262.</summary>
    public static string Translate(string pattern)
    {
        var translator = new EcmaPattern(pattern);
        translator.CountGroups();
        translator.Disjunction();
        if (translator._position < pattern.Length)
        {
            throw translator.Error(pattern[translator._position] == ')' ? "unmatched ')'" : "unexpected character");
        }

        translator.CheckReferences();
        return translator._output.ToString();
    }

    // ---- structure ---------------------------------------------------------------------------------------

    private void Disjunction()
    {
        Alternative();
        while (Peek('|'))
        {
            _position++;
            _output.Append('|');
            Alternative();
        }
    }

    private void Alternative()
    {
        while (_position < _source.Length && _source[_position] is not ('|' or ')'))
        {
            Term();
        }
    }

    private void Term()
    {
        var c = _source[_position];
        switch (c)
        {
            case '^':
                _position++;
                _output.Append('^');
                return;
            case '$':
                _position++;
                _output.Append(@"\z"); // .NET's $ also matches before a final "\n"
                return;
            case '(' when Lookaround() is { } lookaround:
                _output.Append(lookaround);
                Disjunction();
                Expect(')', "unterminated group");
                _output.Append(')');
                if (lookaround.StartsWith("(?<", StringComparison.Ordinal) || _position >= _source.Length || !IsQuantifierStart())
                {
                    return;
                }

                throw Error("a lookaround assertion cannot be repeated");
            case '\\' when _position + 1 < _source.Length && _source[_position + 1] is 'b' or 'B':
                var boundary = $"(?<={Word})(?!{Word})|(?<!{Word})(?={Word})";
                _output.Append(_source[_position + 1] == 'b' ? $"(?:{boundary})" : $"(?!{boundary})");
                _position += 2;
                if (_position < _source.Length && IsQuantifierStart())
                {
                    throw Error("nothing to repeat");
                }

                return;
        }

        Atom();
        Quantifier();
    }

    private string? Lookaround()
    {
        foreach (var prefix in (string[])["(?=", "(?!", "(?<=", "(?<!"])
        {
            if (string.CompareOrdinal(_source, _position, prefix, 0, prefix.Length) == 0)
            {
                _position += prefix.Length;
                return prefix;
            }
        }

        return null;
    }

    private void Atom()
    {
        var c = _source[_position];
        switch (c)
        {
            case '.':
                _position++;
                _output.Append(AnyButLineTerminator);
                return;
            case '(':
                Group();
                return;
            case '[':
                _output.Append(Class().ToRegex());
                return;
            case '\\':
                AtomEscape();
                return;
            case '*' or '+' or '?':
                throw Error("nothing to repeat");
            case '{':
                throw Error(IsBraceQuantifier(_position) ? "nothing to repeat" : "lone '{' (write \\{)");
            case '}' or ']':
                throw Error($"lone '{c}' (write \\{c})");
            default:
                _output.Append(CodePointSet.Of(ReadCodePoint()).ToRegex());
                return;
        }
    }

    private void Group()
    {
        var open = _position;
        _position++;
        if (Peek('?'))
        {
            if (_position + 1 < _source.Length && _source[_position + 1] == ':')
            {
                _position += 2;
                _output.Append("(?:");
            }
            else if (_position + 1 < _source.Length && _source[_position + 1] == '<')
            {
                _position += 2;
                var name = GroupName();
                _groupIndex++;
                _output.Append("(?<").Append(name).Append('>');
            }
            else
            {
                _position = open;
                throw Error("'(?' must be followed by ':', '=', '!', '<=', '<!' or '<name>' in ECMA-262 (no inline flags, comments, atomic or named-group variants of other engines)");
            }
        }
        else
        {
            _groupIndex++;
            _output.Append("(?<").Append(NetGroupName(_groupIndex)).Append('>');
        }

        Disjunction();
        Expect(')', "unterminated group", open);
        _output.Append(')');
    }

    private int _groupIndex;

    private string GroupName()
    {
        var start = _position;
        while (_position < _source.Length && _source[_position] != '>')
        {
            var c = _source[_position];
            var valid = _position == start ? char.IsLetter(c) || c is '_' or '$' : char.IsLetterOrDigit(c) || c is '_' or '$';
            if (!valid)
            {
                throw Error("invalid group name");
            }

            _position++;
        }

        if (_position == start || _position >= _source.Length)
        {
            throw Error("invalid group name", start);
        }

        var name = _source[start.._position];
        _position++;
        return name;
    }

    private void Quantifier()
    {
        if (_position >= _source.Length)
        {
            return;
        }

        var c = _source[_position];
        if (c is '*' or '+' or '?')
        {
            _position++;
            _output.Append(c);
        }
        else if (c == '{')
        {
            if (!IsBraceQuantifier(_position))
            {
                throw Error("lone '{' (write \\{)");
            }

            var close = _source.IndexOf('}', _position);
            var body = _source[(_position + 1)..close];
            var parts = body.Split(',');
            if (parts.Length == 2 && parts[1].Length > 0 && BigCompare(parts[0], parts[1]) > 0)
            {
                throw Error("numbers out of order in {} quantifier");
            }

            _output.Append('{').Append(Clamp(parts[0]));
            if (parts.Length == 2)
            {
                _output.Append(',').Append(parts[1].Length == 0 ? "" : Clamp(parts[1]));
            }

            _output.Append('}');
            _position = close + 1;
        }
        else
        {
            return;
        }

        if (Peek('?'))
        {
            _position++;
            _output.Append('?');
        }

        if (_position < _source.Length && IsQuantifierStart())
        {
            throw Error("nothing to repeat (possessive quantifiers are not ECMA-262)");
        }
    }

    // .NET limits repetition counts to int.MaxValue; ECMA-262 allows any size (larger never matches anyway).
    private static string Clamp(string digits) => digits.Length > 9 ? int.MaxValue.ToString(CultureInfo.InvariantCulture) : digits;

    private static int BigCompare(string a, string b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
    }

    private bool IsQuantifierStart() => _source[_position] is '*' or '+' or '?' || (_source[_position] == '{' && IsBraceQuantifier(_position));

    private bool IsBraceQuantifier(int at)
    {
        var i = at + 1;
        var digits = 0;
        while (i < _source.Length && char.IsAsciiDigit(_source[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < _source.Length && _source[i] == ',')
        {
            i++;
            while (i < _source.Length && char.IsAsciiDigit(_source[i]))
            {
                i++;
            }
        }

        return i < _source.Length && _source[i] == '}';
    }

    // ---- escapes -------------------------------------------------------------------------------------------

    private void AtomEscape()
    {
        var start = _position;
        _position++;
        if (_position >= _source.Length)
        {
            throw Error("'\\' at end of pattern", start);
        }

        var c = _source[_position];
        if (c is >= '1' and <= '9')
        {
            var digits = _position;
            while (_position < _source.Length && char.IsAsciiDigit(_source[_position]))
            {
                _position++;
            }

            var number = int.TryParse(_source.AsSpan(digits, _position - digits), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
            if (number > _groupNames.Count)
            {
                throw Error($"back-reference \\{number} to a group that does not exist", start);
            }

            _output.Append(@"(?:\k<").Append(NetGroupName(number)).Append(">)");
            return;
        }

        if (c == 'k')
        {
            _position++;
            if (!Peek('<'))
            {
                throw Error("\\k must be followed by <name>", start);
            }

            _position++;
            var name = GroupName();
            _namedReferences.Add((start, name));
            _output.Append(@"(?:\k<").Append(name).Append(">)");
            return;
        }

        _position = start;
        _output.Append(CharacterEscape(inClass: false).ToRegex());
    }

    /// <summary>Reads an escape (after '\', at <see cref="_position"/> pointing at '\'); returns the set it matches.</summary>
    private CodePointSet CharacterEscape(bool inClass)
    {
        var start = _position;
        _position++;
        if (_position >= _source.Length)
        {
            throw Error("'\\' at end of pattern", start);
        }

        var c = _source[_position++];
        switch (c)
        {
            case 'd': return Digits;
            case 'D': return Digits.Complement();
            case 'w': return WordCharacters;
            case 'W': return WordCharacters.Complement();
            case 's': return Spaces;
            case 'S': return Spaces.Complement();
            case 'p' or 'P':
                var set = Property(start);
                return c == 'p' ? set : set.Complement();
            case 'f': return CodePointSet.Of('\f');
            case 'n': return CodePointSet.Of('\n');
            case 'r': return CodePointSet.Of('\r');
            case 't': return CodePointSet.Of('\t');
            case 'v': return CodePointSet.Of('\v');
            case 'b' when inClass: return CodePointSet.Of('\b');
            case '-' when inClass: return CodePointSet.Of('-');
            case 'c':
                if (_position < _source.Length && char.IsAsciiLetter(_source[_position]))
                {
                    return CodePointSet.Of(_source[_position++] % 32);
                }

                throw Error("\\c must be followed by a letter", start);
            case '0':
                if (_position < _source.Length && char.IsAsciiDigit(_source[_position]))
                {
                    throw Error("octal escapes are not allowed with the u flag", start);
                }

                return CodePointSet.Of(0);
            case 'x':
                return CodePointSet.Of(Hex(2, start));
            case 'u':
                return CodePointSet.Of(UnicodeEscape(start));
            default:
                if (SyntaxCharacters.Contains(c, StringComparison.Ordinal))
                {
                    return CodePointSet.Of(c);
                }

                throw Error($"invalid escape '\\{c}'", start);
        }
    }

    private CodePointSet Property(int start)
    {
        if (!Peek('{'))
        {
            throw Error("\\p must be followed by {property}", start);
        }

        var close = _source.IndexOf('}', _position);
        if (close < 0)
        {
            throw Error("unterminated \\p{…}", start);
        }

        var name = _source[(_position + 1)..close];
        _position = close + 1;
        return UnicodeProperties.Find(name) ?? throw Error($"unknown Unicode property '{name}'", start);
    }

    private int UnicodeEscape(int start)
    {
        if (Peek('{'))
        {
            _position++;
            var digits = _position;
            while (_position < _source.Length && char.IsAsciiHexDigit(_source[_position]))
            {
                _position++;
            }

            if (_position == digits || !Peek('}'))
            {
                throw Error("invalid \\u{…} escape", start);
            }

            var text = _source[digits.._position].TrimStart('0');
            _position++;
            if (text.Length > 6 || (text.Length > 0 && int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture) > CodePointSet.MaxCodePoint))
            {
                throw Error("\\u{…} escape beyond U+10FFFF", start);
            }

            return text.Length == 0 ? 0 : int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        var unit = Hex(4, start);
        // \uD83D\uDC32 is one code point with the u flag.
        if (unit is >= 0xD800 and <= 0xDBFF && _position + 6 <= _source.Length && string.CompareOrdinal(_source, _position, "\\u", 0, 2) == 0)
        {
            var save = _position;
            _position += 2;
            if (TryHex(4, out var low) && low is >= 0xDC00 and <= 0xDFFF)
            {
                return char.ConvertToUtf32((char)unit, (char)low);
            }

            _position = save;
        }

        return unit;
    }

    private int Hex(int length, int start) => TryHex(length, out var value) ? value : throw Error("invalid hexadecimal escape", start);

    private bool TryHex(int length, out int value)
    {
        value = 0;
        if (_position + length > _source.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!char.IsAsciiHexDigit(_source[_position + i]))
            {
                return false;
            }
        }

        value = int.Parse(_source.AsSpan(_position, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _position += length;
        return true;
    }

    // ---- character classes ----------------------------------------------------------------------------------

    private CodePointSet Class()
    {
        var open = _position;
        _position++;
        var negated = Peek('^');
        if (negated)
        {
            _position++;
        }

        var ranges = new List<(int, int)>();
        while (true)
        {
            if (_position >= _source.Length)
            {
                throw Error("unterminated character class", open);
            }

            if (_source[_position] == ']')
            {
                _position++;
                break;
            }

            var atomStart = _position;
            var first = ClassAtom();
            if (Peek('-') && _position + 1 < _source.Length && _source[_position + 1] != ']')
            {
                _position++;
                var second = ClassAtom();
                if (Single(first) is not { } from || Single(second) is not { } to)
                {
                    throw Error("a class escape cannot be a range bound", atomStart);
                }

                if (from > to)
                {
                    throw Error("range out of order in character class", atomStart);
                }

                ranges.Add((from, to));
                continue;
            }

            ranges.AddRange(first.Ranges);
        }

        var set = CodePointSet.FromRanges(ranges);
        return negated ? set.Complement() : set;
    }

    private CodePointSet ClassAtom() =>
        _source[_position] == '\\' ? CharacterEscape(inClass: true) : CodePointSet.Of(ReadCodePoint());

    private static int? Single(CodePointSet set) =>
        set.Ranges.Count == 1 && set.Ranges[0].Start == set.Ranges[0].End ? set.Ranges[0].Start : null;

    // ---- groups and back-references ----------------------------------------------------------------------------

    // ECMA-262 numbers groups left to right, named or not; .NET numbers unnamed groups first. Every group is
    // therefore named in the .NET pattern, and \N refers to the N-th group's name.
    private void CountGroups()
    {
        var inClass = false;
        for (var i = 0; i < _source.Length; i++)
        {
            var c = _source[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(' && (i + 1 >= _source.Length || _source[i + 1] != '?'))
            {
                _groupNames.Add(null);
            }
            else if (c == '(' && i + 2 < _source.Length && _source[i + 2] == '<' && i + 3 < _source.Length && _source[i + 3] is not ('=' or '!'))
            {
                var end = _source.IndexOf('>', i);
                _groupNames.Add(end < 0 ? null : _source[(i + 3)..end]);
            }
        }
    }

    private string NetGroupName(int index) => _groupNames.Count >= index && _groupNames[index - 1] is { } name ? name : "ecma" + index.ToString(CultureInfo.InvariantCulture);

    private void CheckReferences()
    {
        var names = _groupNames.Where(n => n is not null).ToList();
        if (names.Count != names.Distinct(StringComparer.Ordinal).Count())
        {
            throw Error("duplicate group name", 0);
        }

        foreach (var (offset, name) in _namedReferences)
        {
            if (!names.Contains(name))
            {
                throw Error($"\\k<{name}> names no group", offset);
            }
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    private int ReadCodePoint()
    {
        var c = _source[_position];
        if (char.IsHighSurrogate(c) && _position + 1 < _source.Length && char.IsLowSurrogate(_source[_position + 1]))
        {
            _position += 2;
            return char.ConvertToUtf32(c, _source[_position - 1]);
        }

        _position++;
        return c;
    }

    private bool Peek(char c) => _position < _source.Length && _source[_position] == c;

    private void Expect(char c, string reason, int? at = null)
    {
        if (!Peek(c))
        {
            throw Error(reason, at ?? _position);
        }

        _position++;
    }

    private EcmaPatternException Error(string reason, int? at = null) => new(at ?? _position, reason);
}
