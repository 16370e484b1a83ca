using System.Text;
using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>
/// JSON pointer → 1-based line/column of the token in the original text. Built lazily, once per file,
/// only when a rule reports something, so clean files never pay for it.
/// </summary>
internal sealed class SourceMap
{
    private readonly byte[] _utf8;
    private Dictionary<string, int>? _offsets;
    private int[]? _lineStarts;
    private int _lastLine = -1;
    private int _lastOffset;
    private int _lastChars;

    public SourceMap(byte[] utf8) => _utf8 = utf8;

    /// <summary>Line and column of the pointer's key (or value, for array items and the root); (0, 0) when unknown.</summary>
    public (int Line, int Column) Locate(string pointer)
    {
        _offsets ??= Index();
        // Fall back to the nearest ancestor that exists (a rule may point at a missing keyword).
        var current = pointer;
        while (true)
        {
            if (_offsets.TryGetValue(current, out var offset))
            {
                return ToLineColumn(offset);
            }
            if (current.Length == 0)
            {
                return (0, 0);
            }
            current = current[..current.LastIndexOf('/')];
        }
    }

    private Dictionary<string, int> Index()
    {
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
                MaxDepth = 4096,
            });
            var path = new List<string>();
            var arrayIndex = new Stack<int>();
            var containerIsArray = new Stack<bool>();
            string? pendingKey = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingKey = JsonAccess.Escape(reader.GetString()!);
                    offsets.TryAdd(Pointer(path, pendingKey), (int)reader.TokenStartIndex);
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containerIsArray.Pop();
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        arrayIndex.Pop();
                    }
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }
                    continue;
                }
                // A value: name it by the pending key or the next array index.
                string? token = null;
                if (containerIsArray.Count > 0)
                {
                    if (containerIsArray.Peek())
                    {
                        var index = arrayIndex.Pop();
                        arrayIndex.Push(index + 1);
                        token = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        offsets.TryAdd(Pointer(path, token), (int)reader.TokenStartIndex);
                    }
                    else
                    {
                        token = pendingKey;
                    }
                }
                else
                {
                    offsets.TryAdd("", (int)reader.TokenStartIndex);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (token is not null)
                    {
                        path.Add(token);
                    }
                    containerIsArray.Push(reader.TokenType == JsonTokenType.StartArray);
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        arrayIndex.Push(0);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Invalid JSON is reported by the parser step; keep whatever was indexed.
        }
        return offsets;
    }

    private static string Pointer(List<string> path, string token) =>
        path.Count == 0 ? "/" + token : "/" + string.Join('/', path) + "/" + token;

    private (int Line, int Column) ToLineColumn(int offset)
    {
        _lineStarts ??= LineStarts();
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        var start = _lineStarts[line];
        // Minified files are one long line: count on from the previous lookup instead of from the line start.
        if (line == _lastLine && offset >= _lastOffset)
        {
            start = _lastOffset;
        }
        else
        {
            _lastLine = line;
            _lastChars = 0;
        }
        _lastChars += Encoding.UTF8.GetCharCount(_utf8, start, offset - start);
        _lastOffset = offset;
        return (line + 1, _lastChars + 1);
    }

    private int[] LineStarts()
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (_utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
