using System.Text;

namespace Reflekt.Codegen;

/// <summary>One file of generated code: its path under the output folder (forward slashes) and its text.</summary>
/// <remarks>
/// A rendered file keeps its <see cref="CodeWriter"/>: writing it streams the writer's chunks to disk, so a 10,000-event
/// client (80 MB) is never copied into one string first. A page of the docs site is rendered only when it is written
/// (into a builder and a byte buffer reused by the writing thread), so 10,000 pages never sit in memory as strings.
/// <see cref="Content"/> makes the string only when asked (<c>--check</c>, tests).
/// </remarks>
public sealed class GeneratedFile : IEquatable<GeneratedFile>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Reused by each writing thread for the rendered files it writes: they grow to the largest page once.
    [ThreadStatic]
    private static StringBuilder? t_text;
    [ThreadStatic]
    private static byte[]? t_bytes;

    private readonly CodeWriter? _writer;
    private readonly Action<StringBuilder>? _render;
    private string? _content;

    /// <summary>A file with the given text.</summary>
    public GeneratedFile(string relativePath, string content)
    {
        RelativePath = relativePath;
        _content = content;
    }

    /// <summary>A file with what <paramref name="writer"/> holds (the writer must not change afterwards).</summary>
    public GeneratedFile(string relativePath, CodeWriter writer)
    {
        RelativePath = relativePath;
        _writer = writer;
    }

    /// <summary>A file whose text <paramref name="render"/> appends to a builder, each time it is written or read (it must append the same text every time).</summary>
    public GeneratedFile(string relativePath, Action<StringBuilder> render)
    {
        RelativePath = relativePath;
        _render = render;
    }

    /// <summary>Path under the output folder, forward slashes.</summary>
    public string RelativePath { get; }

    /// <summary>The file's text.</summary>
    public string Content => _content ??= _writer?.ToString() ?? Rendered().ToString();

    /// <summary>Same path and same text (regenerating must give equal files).</summary>
    public bool Equals(GeneratedFile? other) =>
        other is not null && RelativePath == other.RelativePath && Content == other.Content;

    public override bool Equals(object? obj) => Equals(obj as GeneratedFile);

    public override int GetHashCode() => HashCode.Combine(RelativePath, Content);

    public override string ToString() => RelativePath;

    /// <summary>Writes the file as UTF-8 without a byte order mark (what <see cref="File.WriteAllText(string, string?)"/> writes).</summary>
    public void WriteTo(string path)
    {
        if (_render is not null && _content is null)
        {
            var bytes = RenderedUtf8(out var length);
            using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, bytes.AsSpan(0, length), 0);
            return;
        }

        if (_content is not null || _writer is null)
        {
            File.WriteAllText(path, _content);
            return;
        }

        using var stream = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        _writer.WriteTo(stream);
    }

    /// <summary>The file's text as UTF-8 without a byte order mark (a rendered file is rendered again, not kept as a string).</summary>
    public byte[] ToUtf8()
    {
        if (_render is null || _content is not null)
        {
            return Utf8.GetBytes(Content);
        }

        return RenderedUtf8(out var length).AsSpan(0, length).ToArray();
    }

    // The builder is the thread's own: valid until this thread renders the next file.
    private StringBuilder Rendered()
    {
        var text = t_text ??= new StringBuilder(1 << 15);
        text.Clear();
        _render!(text);
        return text;
    }

    // The thread's byte buffer holding the rendered text as UTF-8 in its first length bytes.
    private byte[] RenderedUtf8(out int length)
    {
        var text = Rendered();
        var bytes = t_bytes;
        var most = Utf8.GetMaxByteCount(text.Length);
        if (bytes is null || bytes.Length < most)
        {
            t_bytes = bytes = new byte[Math.Max(most, 1 << 16)];
        }

        // A builder holds its text in chunks; the encoder carries a surrogate pair split across two of them.
        var encoder = Utf8.GetEncoder();
        length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetBytes(chunk.Span, bytes.AsSpan(length), flush: false);
        }

        length += encoder.GetBytes([], bytes.AsSpan(length), flush: true);
        return bytes;
    }
}
