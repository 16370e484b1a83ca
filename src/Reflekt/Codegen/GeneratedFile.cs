using System.Text;

namespace Reflekt.Codegen;

/// <summary>One file of generated code: its path under the output folder (forward slashes) and its text.</summary>
/// <remarks>
/// A rendered file keeps its <see cref="CodeWriter"/>: writing it streams the writer's chunks to disk, so a 10,000-event
/// client (80 MB) is never copied into one string first. <see cref="Content"/> makes that string only when asked
/// (<c>--check</c>, tests).
/// </remarks>
public sealed class GeneratedFile : IEquatable<GeneratedFile>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly CodeWriter? _writer;
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

    /// <summary>Path under the output folder, forward slashes.</summary>
    public string RelativePath { get; }

    /// <summary>The file's text.</summary>
    public string Content => _content ??= _writer!.ToString();

    /// <summary>Same path and same text (regenerating must give equal files).</summary>
    public bool Equals(GeneratedFile? other) =>
        other is not null && RelativePath == other.RelativePath && Content == other.Content;

    public override bool Equals(object? obj) => Equals(obj as GeneratedFile);

    public override int GetHashCode() => HashCode.Combine(RelativePath, Content);

    public override string ToString() => RelativePath;

    /// <summary>Writes the file as UTF-8 without a byte order mark (what <see cref="File.WriteAllText(string, string?)"/> writes).</summary>
    public void WriteTo(string path)
    {
        if (_content is not null || _writer is null)
        {
            File.WriteAllText(path, _content);
            return;
        }

        using var stream = new StreamWriter(path, append: false, Utf8, bufferSize: 1 << 16);
        _writer.WriteTo(stream);
    }
}
