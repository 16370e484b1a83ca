namespace Reflekt.Validation;

/// <summary>
/// The input of `reflekt validate` as UTF-8 lines, read one at a time so memory stays bounded by the longest line:
/// bytes from a file (<see cref="Utf8StreamLines"/>) or text from a reader such as standard input
/// (<see cref="TextReaderLines"/>). Documents are parsed from these bytes directly, with no string in between.
/// </summary>
public abstract class DocumentLines
{
    /// <summary>The line just read, without its line break; valid until the next read.</summary>
    public ReadOnlyMemory<byte> Current { get; protected set; }

    /// <summary>Reads the next line into <see cref="Current"/>; false at the end of the input.</summary>
    public abstract ValueTask<bool> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>Everything after the current line, as UTF-8 (only for an input that is one pretty-printed document).</summary>
    public abstract ValueTask<byte[]> ReadRestAsync(CancellationToken cancellationToken);

    /// <summary>True when a line holds only JSON whitespace.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
