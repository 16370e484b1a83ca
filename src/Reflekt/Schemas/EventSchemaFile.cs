using System.Text;
using System.Text.Json;

namespace Reflekt.Schemas;

/// <summary>
/// One event schema file as read from disk, parsed once: its UTF-8 bytes, its JSON (or why it is not JSON),
/// its declared <c>$id</c>, and on demand its text and the source positions of its JSON pointers.
/// </summary>
/// <remarks>
/// Files are read and parsed as UTF-8 bytes; the UTF-16 text is only made for the few callers that want it.
/// On a lint of 10,000 files this halves the bytes copied and keeps 80 MB of strings out of the heap.
/// </remarks>
public sealed class EventSchemaFile
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlyMemory<byte> _utf8;
    private string? _text;

    private EventSchemaFile(string fullPath, string relativePath, ReadOnlyMemory<byte> utf8, JsonElement? root, SchemaParseError? parseError)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        _utf8 = utf8;
        Root = root;
        ParseError = parseError;
        SchemaId.TryParse(relativePath, out var id);
        Id = id;
        Schema = root is { } parsed ? EventSchema.FromFile(this, parsed) : null;
    }

    /// <summary>Absolute path of the file.</summary>
    public string FullPath { get; }

    /// <summary>Forward-slash path under <c>schemas/</c>, e.g. <c>ecommerce/Order_Completed/1-0.json</c>; by convention equal to <c>$id</c>.</summary>
    public string RelativePath { get; }

    /// <summary>The id parsed from <see cref="RelativePath"/>, or null when the path does not follow <c>&lt;folders&gt;/&lt;Event&gt;/&lt;M&gt;-&lt;m&gt;.json</c>.</summary>
    public SchemaId? Id { get; }

    /// <summary>The file's text (a UTF-8 byte order mark removed), decoded on first use.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_utf8.Span);

    /// <summary>The parsed document, or null when <see cref="ParseError"/> is set.</summary>
    public JsonElement? Root { get; }

    /// <summary>Why the text is not JSON, or null when it parsed.</summary>
    public SchemaParseError? ParseError { get; }

    /// <summary>True when the text parsed as JSON.</summary>
    public bool IsParsed => ParseError is null;

    /// <summary>The parsed document, for commands that cannot go on without it.</summary>
    /// <exception cref="ReflektException"><c>file:line:col: not valid JSON: …</c>, the one wording every command uses.</exception>
    public JsonElement RequireRoot() =>
        Root ?? throw new ReflektException($"{FullPath}:{ParseError!.Position}: not valid JSON: {ParseError.Message}");

    /// <summary>The event schema, for commands that cannot go on without it.</summary>
    /// <exception cref="ReflektException">The file is not JSON (same message as <see cref="RequireRoot"/>).</exception>
    public EventSchema RequireSchema()
    {
        RequireRoot();
        return Schema!;
    }

    /// <summary>The <c>$id</c> string written in the file, if any.</summary>
    public string? DeclaredId => Schema?.DeclaredId;

    /// <summary>The event schema the file holds, read once as it is loaded; null when <see cref="ParseError"/> is set.</summary>
    public EventSchema? Schema { get; }

    /// <summary>Line and column of every JSON pointer (empty when the file did not parse), built anew on each call.</summary>
    /// <remarks>
    /// Not cached here: a lint run would otherwise keep a map of every pointer of every file with a finding until
    /// the process ends. Whoever needs several positions of one file keeps the map as long as it needs it.
    /// </remarks>
    public SourceMap BuildSourceMap() => IsParsed ? JsonSourceMapBuilder.Build(_utf8.Span) : SourceMap.Empty;

    /// <summary>The position of a pointer, or of its nearest existing ancestor (for a one-off message).</summary>
    public SourcePosition PositionOf(string pointer) => BuildSourceMap().Find(pointer);

    /// <summary>Reads and parses a file; a file that is not JSON is kept with its <see cref="ParseError"/>.</summary>
    /// <exception cref="ReflektException">The file cannot be read.</exception>
    public static EventSchemaFile Load(string fullPath, string relativePath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReflektException($"{fullPath}: cannot read schema file: {e.Message}", e);
        }

        return FromUtf8(fullPath, relativePath, bytes);
    }

    /// <summary>Parses text as a schema file (used for in-memory schemas and tests).</summary>
    public static EventSchemaFile FromText(string fullPath, string relativePath, string text) =>
        FromUtf8(fullPath, relativePath, Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text));

    /// <summary>Parses UTF-8 bytes (a byte order mark is skipped) as a schema file; the bytes are kept, not copied, so the caller must not change them.</summary>
    /// <exception cref="ReflektException">The bytes are not UTF-8 (<c>file:line:col: not valid UTF-8</c>).</exception>
    public static EventSchemaFile FromUtf8(string fullPath, string relativePath, ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        // System.Text.Json checks UTF-8 only when a string is read, so a Latin-1 byte would parse here and fail in
        // whichever command reads that string later; it is bad input, named where it is.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            throw new ReflektException($"{fullPath}:{InvalidUtf8Position(utf8.Span)}: not valid UTF-8");
        }

        relativePath = relativePath.Replace('\\', '/');
        if (IsBlank(utf8.Span))
        {
            return new EventSchemaFile(fullPath, relativePath, utf8, null, new SchemaParseError("the file is empty", new SourcePosition(1, 1)));
        }

        try
        {
            // The file keeps its bytes anyway, so the document reads them in place instead of cloning them; it is
            // never disposed (its pooled metadata goes back to the GC, not the pool), which saves a copy per file.
            var document = JsonDocument.Parse(utf8);
            return new EventSchemaFile(fullPath, relativePath, utf8, document.RootElement, null);
        }
        catch (JsonException e)
        {
            var position = new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return new EventSchemaFile(fullPath, relativePath, utf8, null, new SchemaParseError(FirstSentence(e.Message), position));
        }
    }

    public override string ToString() => RelativePath;

    private static SourcePosition InvalidUtf8Position(ReadOnlySpan<byte> utf8)
    {
        var valid = utf8.Length;
        Span<char> scratch = stackalloc char[256];
        for (var offset = 0; offset < utf8.Length;)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                valid = offset;
                break;
            }
        }

        var before = utf8[..valid];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourcePosition(before.Count((byte)'\n') + 1, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    // Blank as string.IsNullOrWhiteSpace judges it, without decoding the usual file: it is settled by the first
    // byte that is not ASCII whitespace, unless that byte starts a non-ASCII character (which may be Unicode space).
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        var first = utf8.IndexOfAnyExcept(" \t\r\n\v\f\u001C\u001D\u001E\u001F"u8);
        return first < 0 || (utf8[first] >= 0x80 && string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(utf8[first..])));
    }

    // System.Text.Json appends " LineNumber: x | BytePositionInLine: y." which we report as a position instead.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
