namespace Reflekt.Validation;

/// <summary>
/// Lines of a UTF-8 stream (a file), split on '\n' in one reusable buffer that grows only for a longer line; a
/// trailing '\r' and a leading byte order mark are dropped, as a text reader would.
/// </summary>
public sealed class Utf8StreamLines(Stream stream) : DocumentLines
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _atEnd;
    private bool _first = true;

    /// <inheritdoc/>
    public override async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var stop = _scanned + newline;
                SetCurrent(stop);
                _start = _scanned = stop + 1;
                return true;
            }

            _scanned = _end;
            if (_atEnd)
            {
                if (_start == _end)
                {
                    Current = ReadOnlyMemory<byte>.Empty;
                    return false;
                }

                SetCurrent(_end);
                _start = _scanned = _end;
                return true;
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public override async ValueTask<byte[]> ReadRestAsync(CancellationToken cancellationToken)
    {
        using var rest = new MemoryStream();
        rest.Write(_buffer, _start, _end - _start);
        await stream.CopyToAsync(rest, cancellationToken).ConfigureAwait(false);
        _start = _end = _scanned = 0;
        _atEnd = true;
        return rest.ToArray();
    }

    private void SetCurrent(int stop)
    {
        var line = _buffer.AsMemory(_start, stop - _start);
        if (_first)
        {
            _first = false;
            line = line.Span.StartsWith("\uFEFF"u8) ? line[3..] : line;
        }

        Current = line.Span.EndsWith("\r"u8) ? line[..^1] : line;
    }

    // Moves the unread part to the front (the previous line is no longer needed), grows for a long line, reads more.
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _scanned, _start) = (_end - _start, _scanned - _start, 0);
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _atEnd = read == 0;
    }
}
