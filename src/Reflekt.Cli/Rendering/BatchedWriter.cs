using System.Text;

namespace Reflekt.Cli.Rendering;

/// <summary>
/// Collects text and hands it to the inner writer in chunks of about 32 K characters (and on <see cref="Flush"/>):
/// the console writer flushes on every call, and a report of many invalid events would otherwise cost one write
/// system call per line. Not for live output (a pipe from <c>tail -f</c>), where each line must appear at once.
/// </summary>
internal sealed class BatchedWriter(TextWriter inner) : TextWriter
{
    private const int ChunkChars = 32 * 1024;
    private readonly StringBuilder _pending = new(ChunkChars + 1024);

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _pending.Append(value);
        FlushIfFull();
    }

    public override void Write(string? value)
    {
        _pending.Append(value);
        FlushIfFull();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _pending.Append(buffer);
        FlushIfFull();
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Flush()
    {
        foreach (var chunk in _pending.GetChunks())
        {
            inner.Write(chunk.Span);
        }

        _pending.Clear();
        inner.Flush();
    }

    public override Task FlushAsync() => FlushAsync(CancellationToken.None);

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in _pending.GetChunks())
        {
            await inner.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }

        _pending.Clear();
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void FlushIfFull()
    {
        if (_pending.Length >= ChunkChars)
        {
            Flush();
        }
    }
}
