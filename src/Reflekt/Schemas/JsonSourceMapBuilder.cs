using System.Text;
using System.Text.Json;

namespace Reflekt.Schemas;

/// <summary>Builds a <see cref="SourceMap"/> for JSON text by walking its tokens once with <see cref="Utf8JsonReader"/>.</summary>
public static class JsonSourceMapBuilder
{
    /// <summary>Maps every pointer of a well-formed JSON document to its line and column.</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static SourceMap Build(ReadOnlySpan<byte> utf8)
    {
        var lines = new LineIndex(utf8);
        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });

        // One frame per open container: its pointer, whether it is an array, and the next array index.
        var stack = new Stack<Frame>();
        string? pendingMember = null;
        SourcePosition pendingMemberPosition = default;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingMember = JsonPointer.Append(stack.Peek().Pointer, reader.GetString()!);
                    pendingMemberPosition = lines.PositionOf((int)reader.TokenStartIndex);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    var pointer = ValuePointer(stack, ref pendingMember, out var memberPosition, pendingMemberPosition);
                    positions[pointer] = memberPosition ?? lines.PositionOf((int)reader.TokenStartIndex);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        stack.Push(new Frame(pointer, reader.TokenType == JsonTokenType.StartArray));
                    }

                    break;
            }
        }

        return new SourceMap(positions);
    }

    /// <summary>Maps every pointer of a well-formed JSON document to its line and column.</summary>
    public static SourceMap Build(string json) => Build(Encoding.UTF8.GetBytes(json));

    private static string ValuePointer(Stack<Frame> stack, ref string? pendingMember, out SourcePosition? memberPosition, SourcePosition pendingPosition)
    {
        memberPosition = null;
        if (stack.Count == 0)
        {
            return "";
        }

        var parent = stack.Peek();
        if (parent.IsArray)
        {
            return JsonPointer.Append(parent.Pointer, parent.NextIndex++);
        }

        var pointer = pendingMember!;
        pendingMember = null;
        memberPosition = pendingPosition;
        return pointer;
    }

    private sealed class Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }

    /// <summary>Turns byte offsets into 1-based line and column, counting columns in characters.</summary>
    /// <remarks>
    /// The reader asks for offsets in increasing order, so counting resumes from the last answer on the
    /// same line: a minified multi-megabyte document (one line) costs one pass, not one pass per token.
    /// </remarks>
    private sealed class LineIndex
    {
        private readonly byte[] _text;
        private readonly List<int> _lineStarts = [0];
        private int _cursorLine;
        private int _cursorOffset;
        private int _cursorColumn = 1;

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            _text = utf8.ToArray();
            for (var i = 0; i < _text.Length; i++)
            {
                if (_text[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition PositionOf(int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var resume = line == _cursorLine && offset >= _cursorOffset;
            var start = resume ? _cursorOffset : _lineStarts[line];
            var column = resume ? _cursorColumn : 1;
            for (var i = start; i < offset; i++)
            {
                // Count code points, not bytes: skip UTF-8 continuation bytes.
                if ((_text[i] & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            (_cursorLine, _cursorOffset, _cursorColumn) = (line, offset, column);
            return new SourcePosition(line + 1, column);
        }
    }
}
