using System.Globalization;
using System.Runtime.CompilerServices;

namespace Reflekt.Codegen;

/// <summary>Builds generated source line by line with an indentation level; always '\n' line ends.</summary>
/// <remarks>
/// A 10,000-event plan produces over 100 MB of source. StringBuilder keeps it in 16 KB chunks, which the GC copies
/// through every generation; this writer keeps it in a few large (large-object-heap) chunks instead, and interpolated
/// lines are appended in place rather than formatted into a temporary string first.
/// </remarks>
public sealed class CodeWriter(string indentUnit)
{
    private const int ChunkChars = 1 << 20;

    private readonly List<char[]> _full = [];
    private char[] _chunk = new char[4096];
    private int _used;
    private long _length;
    private int _depth;
    private bool _lineStarted;

    /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
    public CodeWriter Line(string line = "")
    {
        Append(line.AsSpan());
        EndLine();
        return this;
    }

    /// <summary>Writes one interpolated line at the current indentation, formatting its holes in place.</summary>
    public CodeWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        EndLine();
        return this;
    }

    /// <summary>Indents the lines written until the returned scope is disposed.</summary>
    public IDisposable Indent()
    {
        _depth++;
        return new Scope(this);
    }

    /// <summary>Writes <paramref name="open"/>, indents until disposed, then writes <paramref name="close"/>.</summary>
    public IDisposable Block(string open, string close)
    {
        Line(open);
        _depth++;
        return new Scope(this, close);
    }

    public override string ToString()
    {
        var length = checked((int)(_length + _used));
        return string.Create(length, this, static (target, writer) =>
        {
            foreach (var chunk in writer._full)
            {
                chunk.CopyTo(target);
                target = target[chunk.Length..];
            }

            writer._chunk.AsSpan(0, writer._used).CopyTo(target);
        });
    }

    /// <summary>Writes what the writer holds to <paramref name="target"/>, chunk by chunk (no string of the whole text).</summary>
    public void WriteTo(TextWriter target)
    {
        foreach (var chunk in _full)
        {
            target.Write(chunk);
        }

        target.Write(_chunk, 0, _used);
    }

    private void EndLine()
    {
        _lineStarted = false;
        Write('\n');
    }

    /// <summary>Appends text to the current line, writing the indentation before its first character.</summary>
    private void Append(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (!_lineStarted)
        {
            _lineStarted = true;
            for (var i = 0; i < _depth; i++)
            {
                Write(indentUnit);
            }
        }

        Write(text);
    }

    private void Write(char c)
    {
        if (_used == _chunk.Length)
        {
            Grow(1);
        }

        _chunk[_used++] = c;
    }

    private void Write(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_used == _chunk.Length)
            {
                Grow(text.Length);
            }

            var n = Math.Min(text.Length, _chunk.Length - _used);
            text[..n].CopyTo(_chunk.AsSpan(_used));
            _used += n;
            text = text[n..];
        }
    }

    /// <summary>Doubles a small first chunk (most generated files are small); past that, seals it and starts a large one.</summary>
    private void Grow(int needed)
    {
        if (_chunk.Length < ChunkChars && _full.Count == 0)
        {
            Array.Resize(ref _chunk, Math.Min(ChunkChars, Math.Max(_chunk.Length * 2, _used + needed)));
            return;
        }

        _full.Add(_chunk);
        _length += _chunk.Length;
        _chunk = new char[ChunkChars];
        _used = 0;
    }

    /// <summary>Receives an interpolated line's literal parts and holes and appends them straight to the writer.</summary>
    [InterpolatedStringHandler]
    public ref struct LineHandler
    {
        private readonly CodeWriter _writer;

        public LineHandler(int literalLength, int formattedCount, CodeWriter writer)
        {
            _writer = writer;
        }

        public readonly void AppendLiteral(string value) => _writer.Append(value.AsSpan());

        public readonly void AppendFormatted(string? value) => _writer.Append(value.AsSpan());

        public readonly void AppendFormatted(ReadOnlySpan<char> value) => _writer.Append(value);

        public readonly void AppendFormatted(int value)
        {
            Span<char> digits = stackalloc char[11];
            value.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture);
            _writer.Append(digits[..written]);
        }

        public readonly void AppendFormatted<T>(T value) =>
            _writer.Append((value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()).AsSpan());
    }

    private sealed class Scope(CodeWriter writer, string? close = null) : IDisposable
    {
        public void Dispose()
        {
            writer._depth--;
            if (close is not null)
            {
                writer.Line(close);
            }
        }
    }
}
