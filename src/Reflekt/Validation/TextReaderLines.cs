using System.Text;

namespace Reflekt.Validation;

/// <summary>Lines of a text reader (standard input), each encoded into one reusable UTF-8 buffer.</summary>
public sealed class TextReaderLines(TextReader reader) : DocumentLines
{
    private byte[] _buffer = new byte[4096];

    /// <inheritdoc/>
    public override async ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            Current = ReadOnlyMemory<byte>.Empty;
            return false;
        }

        var size = Encoding.UTF8.GetMaxByteCount(line.Length);
        if (size > _buffer.Length)
        {
            _buffer = new byte[Math.Max(size, _buffer.Length * 2)];
        }

        Current = _buffer.AsMemory(0, Encoding.UTF8.GetBytes(line, _buffer));
        return true;
    }

    /// <inheritdoc/>
    public override async ValueTask<byte[]> ReadRestAsync(CancellationToken cancellationToken) =>
        Encoding.UTF8.GetBytes(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
}
