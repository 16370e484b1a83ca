using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reflekt.Dbt.Yaml;

/// <summary>
/// Writes YAML byte-for-byte as Reflekt 0.6 did (PyYAML, indent 2, width 70, block style, sequences indented
/// under their key, unicode kept), so generated docs diff cleanly against packages built by upstream.
/// </summary>
/// <remarks>
/// Scalar style follows PyYAML's analysis: plain when allowed and not resolvable as another type, else
/// single-quoted, else double-quoted. Long scalars fold at the first single space past column 70.
/// </remarks>
internal static partial class PyYamlEmitter
{
    private const int BestWidth = 70;

    public static string Emit(YamlMap root)
    {
        var w = new Writer();
        w.WriteMap(root, 0, firstInline: false);
        return w.ToString();
    }

    private sealed class Writer
    {
        private readonly StringBuilder _out = new();
        private int _column;

        public override string ToString() => _out.ToString();

        public void WriteMap(YamlMap map, int indent, bool firstInline)
        {
            var first = true;
            foreach (var (key, value) in map)
            {
                if (!(first && firstInline))
                {
                    Raw(new string(' ', indent));
                }

                first = false;
                WriteScalar(key, indent, split: false);
                Raw(":");
                WriteValue(value, indent);
            }
        }

        private void WriteValue(object value, int indent)
        {
            switch (value)
            {
                case YamlMap { Count: 0 }:
                    Raw(" {}");
                    NewLine();
                    break;
                case YamlMap map:
                    NewLine();
                    WriteMap(map, indent + 2, firstInline: false);
                    break;
                case IList<object> { Count: 0 }:
                    Raw(" []");
                    NewLine();
                    break;
                case IList<object> list:
                    NewLine();
                    WriteSequence(list, indent + 2);
                    break;
                default:
                    Raw(" ");
                    WriteScalar(value, indent + 2, split: true);
                    NewLine();
                    break;
            }
        }

        private void WriteSequence(IList<object> list, int indent)
        {
            foreach (var item in list)
            {
                Raw(new string(' ', indent) + "- ");
                switch (item)
                {
                    case YamlMap { Count: > 0 } map:
                        WriteMap(map, indent + 2, firstInline: true);
                        break;
                    case YamlMap:
                        Raw("{}");
                        NewLine();
                        break;
                    case IList<object> { Count: 0 }:
                        Raw("[]");
                        NewLine();
                        break;
                    case IList<object>:
                        throw new NotSupportedException("Nested sequences are not emitted by the dbt builder.");
                    default:
                        WriteScalar(item, indent + 2, split: true);
                        NewLine();
                        break;
                }
            }
        }

        private void WriteScalar(object value, int indent, bool split)
        {
            switch (value)
            {
                case int i:
                    Raw(i.ToString(CultureInfo.InvariantCulture));
                    return;
                case bool b:
                    Raw(b ? "true" : "false");
                    return;
                case string s:
                    var style = ChooseStyle(s);
                    if (style == ScalarStyle.Plain)
                    {
                        WritePlain(s, indent, split);
                    }
                    else if (style == ScalarStyle.SingleQuoted)
                    {
                        WriteSingleQuoted(s, indent, split);
                    }
                    else
                    {
                        WriteDoubleQuoted(s);
                    }

                    return;
                default:
                    throw new NotSupportedException($"Cannot emit {value.GetType().Name} as a YAML scalar.");
            }
        }

        // PyYAML Emitter.write_plain: at a single space past the best width, break the line instead.
        private void WritePlain(string text, int indent, bool split)
        {
            var spaces = false;
            var start = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                char? ch = end < text.Length ? text[end] : null;
                if (spaces)
                {
                    if (ch != ' ')
                    {
                        if (start + 1 == end && _column > BestWidth && split)
                        {
                            Indent(indent);
                        }
                        else
                        {
                            Raw(text[start..end]);
                        }

                        start = end;
                    }
                }
                else if (ch is null or ' ')
                {
                    Raw(text[start..end]);
                    start = end;
                }

                if (ch is not null)
                {
                    spaces = ch == ' ';
                }
            }
        }

        // PyYAML Emitter.write_single_quoted, including how it folds spaces and writes line breaks.
        private void WriteSingleQuoted(string text, int indent, bool split)
        {
            Raw("'");
            var spaces = false;
            var breaks = false;
            var start = 0;
            for (var end = 0; end <= text.Length; end++)
            {
                char? ch = end < text.Length ? text[end] : null;
                if (spaces)
                {
                    if (ch != ' ')
                    {
                        if (start + 1 == end && _column > BestWidth && split && start != 0 && end != text.Length)
                        {
                            Indent(indent);
                        }
                        else
                        {
                            Raw(text[start..end]);
                        }

                        start = end;
                    }
                }
                else if (breaks)
                {
                    if (ch is null || !IsBreak(ch.Value))
                    {
                        if (text[start] == '\n')
                        {
                            NewLine();
                        }

                        for (var i = start; i < end; i++)
                        {
                            if (text[i] == '\n')
                            {
                                NewLine();
                            }
                            else
                            {
                                Raw(text[i].ToString());
                                _column = 0;
                            }
                        }

                        Indent(indent, afterBreak: true);
                        start = end;
                    }
                }
                else if (ch is null || ch == ' ' || IsBreak(ch.Value) || ch == '\'')
                {
                    if (start < end)
                    {
                        Raw(text[start..end]);
                        start = end;
                    }
                }

                if (ch == '\'')
                {
                    Raw("''");
                    start = end + 1;
                }

                if (ch is not null)
                {
                    spaces = ch == ' ';
                    breaks = IsBreak(ch.Value);
                }
            }

            Raw("'");
        }

        private void WriteDoubleQuoted(string text)
        {
            var b = new StringBuilder("\"");
            foreach (var rune in text.EnumerateRunes())
            {
                var v = rune.Value;
                switch (v)
                {
                    case '"': b.Append("\\\""); break;
                    case '\\': b.Append("\\\\"); break;
                    case 0: b.Append("\\0"); break;
                    case 7: b.Append("\\a"); break;
                    case 8: b.Append("\\b"); break;
                    case 9: b.Append("\\t"); break;
                    case 10: b.Append("\\n"); break;
                    case 11: b.Append("\\v"); break;
                    case 12: b.Append("\\f"); break;
                    case 13: b.Append("\\r"); break;
                    case 27: b.Append("\\e"); break;
                    case 0x85: b.Append("\\N"); break;
                    case 0xA0: b.Append("\\_"); break;
                    case 0x2028: b.Append("\\L"); break;
                    case 0x2029: b.Append("\\P"); break;
                    default:
                        if (IsPrintable(v))
                        {
                            b.Append(rune.ToString());
                        }
                        else if (v <= 0xFF)
                        {
                            b.Append("\\x").Append(v.ToString("X2", CultureInfo.InvariantCulture));
                        }
                        else if (v <= 0xFFFF)
                        {
                            b.Append("\\u").Append(v.ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            b.Append("\\U").Append(v.ToString("X8", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            Raw(b.Append('"').ToString());
        }

        private void Indent(int indent, bool afterBreak = false)
        {
            if (!afterBreak)
            {
                NewLine();
            }

            Raw(new string(' ', indent));
        }

        private void NewLine()
        {
            _out.Append('\n');
            _column = 0;
        }

        private void Raw(string s)
        {
            _out.Append(s);
            foreach (var _ in s.EnumerateRunes())
            {
                _column++;
            }
        }
    }

    private enum ScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
    }

    private static bool IsBreak(char c) => c is '\n' or '\x85' or '\u2028' or '\u2029';

    private static bool IsPrintable(int v) =>
        v == '\n' || (v >= 0x20 && v <= 0x7E) || v == 0x85 || (v >= 0xA0 && v <= 0xD7FF)
        || (v >= 0xE000 && v <= 0xFFFD && v != 0xFEFF) || (v >= 0x10000 && v < 0x10FFFF);

    // PyYAML Emitter.analyze_scalar + choose_scalar_style, for block context with allow_unicode.
    private static ScalarStyle ChooseStyle(string scalar)
    {
        if (scalar.Length == 0)
        {
            return ScalarStyle.SingleQuoted;
        }

        bool blockIndicators = false, flowIndicators = false, lineBreaks = false, special = false;
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        if (scalar.StartsWith("---", StringComparison.Ordinal) || scalar.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = flowIndicators = true;
        }

        var runes = scalar.EnumerateRunes().Select(r => r.Value).ToArray();
        var precededByWhitespace = true;
        var followedByWhitespace = runes.Length == 1 || IsWhitespace(runes[1]);
        for (var index = 0; index < runes.Length; index++)
        {
            var ch = runes[index];
            if (index == 0)
            {
                if ("#,[]{}&*!|>'\"%@`".Contains((char)Math.Min(ch, 0xFFFF)) && ch < 0x80)
                {
                    flowIndicators = blockIndicators = true;
                }

                if (ch is '?' or ':')
                {
                    flowIndicators = true;
                    blockIndicators |= followedByWhitespace;
                }

                if (ch == '-' && followedByWhitespace)
                {
                    flowIndicators = blockIndicators = true;
                }
            }
            else
            {
                if (ch is ',' or '?' or '[' or ']' or '{' or '}')
                {
                    flowIndicators = true;
                }

                if (ch == ':')
                {
                    flowIndicators = true;
                    blockIndicators |= followedByWhitespace;
                }

                if (ch == '#' && precededByWhitespace)
                {
                    flowIndicators = blockIndicators = true;
                }
            }

            var isBreak = ch is '\n' or 0x85 or 0x2028 or 0x2029;
            lineBreaks |= isBreak;
            if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7E)))
            {
                var unicodeOk = (ch == 0x85 || (ch >= 0xA0 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD)
                                 || (ch >= 0x10000 && ch < 0x10FFFF)) && ch != 0xFEFF;
                special |= !unicodeOk;
            }

            if (ch == ' ')
            {
                leadingSpace |= index == 0;
                trailingSpace |= index == runes.Length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (isBreak)
            {
                leadingBreak |= index == 0;
                trailingBreak |= index == runes.Length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = previousBreak = false;
            }

            precededByWhitespace = IsWhitespace(ch);
            followedByWhitespace = index + 2 >= runes.Length || IsWhitespace(runes[index + 2]);
        }

        var allowPlain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak);
        var allowSingle = true;
        if (breakSpace)
        {
            allowPlain = allowSingle = false;
        }

        if (spaceBreak || special)
        {
            allowPlain = allowSingle = false;
        }

        if (lineBreaks || blockIndicators)
        {
            allowPlain = false;
        }

        if (allowPlain && !ResolvesToNonString(scalar))
        {
            return ScalarStyle.Plain;
        }

        return allowSingle ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
    }

    private static bool IsWhitespace(int ch) => ch is 0 or ' ' or '\t' or '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool ResolvesToNonString(string s) => ImplicitTypes().IsMatch(s);

    // PyYAML's YAML 1.1 implicit resolvers: bool, float, int, merge, null, timestamp, value.
    [GeneratedRegex(
        @"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
        + @"|[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?"
        + @"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
        + @"|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
        + @"|<<|~|null|Null|NULL"
        + @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
        + @"|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"
        + @"|=)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ImplicitTypes();
}
