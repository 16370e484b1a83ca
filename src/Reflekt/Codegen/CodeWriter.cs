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

    // Below this many items a list is rendered inline: splitting costs more than it saves (and small outputs, the
    // golden files and the docs site's one-event plans among them, never take the parallel path).
    private const int ParallelMinimum = 256;

    // Sealed text, in order; then the current chunk from _start to _used. A chunk is sealed when full, or part way when
    // another writer's text is adopted after it (Each), and the rest of that chunk goes on filling behind the adopted text.
    private readonly List<ArraySegment<char>> _full = [];
    private char[] _chunk = new char[4096];
    private int _start;
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

    /// <summary>
    /// Renders one item after another, as a loop calling the renderer would, but a long list is split into ranges
    /// rendered side by side, each into its own writer at this writer's indentation, then appended in order: the text
    /// is the same as the serial loop's. <paramref name="rendererFor"/> gives the renderer of one range's writer.
    /// </summary>
    /// <remarks>
    /// Rendering the types and methods of a 10,000-event plan is a quarter of <c>reflekt codegen</c>'s time and each
    /// item depends only on itself, so the ranges use every core; copying their text here costs a few milliseconds.
    /// </remarks>
    public void Each<T>(IReadOnlyList<T> items, Func<CodeWriter, Action<T>> rendererFor)
    {
        if (items.Count < ParallelMinimum || _lineStarted)
        {
            var render = rendererFor(this);
            foreach (var item in items)
            {
                render(item);
            }

            return;
        }

        // More ranges than cores, so a range of larger items does not leave the other cores idle at the end.
        var rangeCount = Math.Min(Environment.ProcessorCount * 8, items.Count / (ParallelMinimum / 4));
        var ranges = new CodeWriter[rangeCount];
        Parallel.For(0, rangeCount, r =>
        {
            var writer = new CodeWriter(indentUnit) { _depth = _depth };
            var render = rendererFor(writer);
            var end = (int)((long)items.Count * (r + 1) / rangeCount);
            for (var i = (int)((long)items.Count * r / rangeCount); i < end; i++)
            {
                render(items[i]);
            }

            ranges[r] = writer;
        });
        // The ranges' chunks are taken over, not copied: 80 MB of text is not allocated twice.
        Seal();
        foreach (var range in ranges)
        {
            range.Seal();
            _full.AddRange(range._full);
            _length += range._length;
            _lineStarted = range._lineStarted;
        }
    }

    public override string ToString()
    {
        var length = checked((int)(_length + _used - _start));
        return string.Create(length, this, static (target, writer) =>
        {
            foreach (var chunk in writer._full)
            {
                chunk.AsSpan().CopyTo(target);
                target = target[chunk.Count..];
            }

            writer._chunk.AsSpan(writer._start, writer._used - writer._start).CopyTo(target);
        });
    }

    /// <summary>Writes what the writer holds to <paramref name="target"/>, chunk by chunk (no string of the whole text).</summary>
    public void WriteTo(TextWriter target)
    {
        foreach (var chunk in _full)
        {
            target.Write(chunk.AsSpan());
        }

        target.Write(_chunk, _start, _used - _start);
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
        if (_chunk.Length < ChunkChars && _full.Count == 0 && _start == 0)
        {
            Array.Resize(ref _chunk, Math.Min(ChunkChars, Math.Max(_chunk.Length * 2, _used + needed)));
            return;
        }

        Seal();
        _chunk = new char[ChunkChars];
        _start = 0;
        _used = 0;
    }

    // Moves the current chunk's text so far to the sealed list; writing goes on in the rest of the chunk.
    private void Seal()
    {
        if (_used > _start)
        {
            _full.Add(new ArraySegment<char>(_chunk, _start, _used - _start));
            _length += _used - _start;
            _start = _used;
        }
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
