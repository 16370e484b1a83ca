using System.Text;
using System.Text.Json;

namespace Reflekt.Schemas;

/// <summary>
/// One event schema file as read from disk, parsed once: its text, its JSON (or why it is not JSON),
/// its declared <c>$id</c> and, built on first use, the source positions of every JSON pointer.
/// </summary>
public sealed class EventSchemaFile
{
    private readonly Lazy<SourceMap> _sourceMap;

    private EventSchemaFile(string fullPath, string relativePath, string text, JsonElement? root, SchemaParseError? parseError)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        Text = text;
        Root = root;
        ParseError = parseError;
        SchemaId.TryParse(relativePath, out var id);
        Id = id;
        DeclaredId = root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("$id", out var idElement) && idElement.ValueKind == JsonValueKind.String
            ? idElement.GetString()
            : null;
        _sourceMap = new Lazy<SourceMap>(BuildSourceMap, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Absolute path of the file.</summary>
    public string FullPath { get; }

    /// <summary>Forward-slash path under <c>schemas/</c>, e.g. <c>ecommerce/Order_Completed/1-0.json</c>; by convention equal to <c>$id</c>.</summary>
    public string RelativePath { get; }

    /// <summary>The id parsed from <see cref="RelativePath"/>, or null when the path does not follow <c>&lt;folders&gt;/&lt;Event&gt;/&lt;M&gt;-&lt;m&gt;.json</c>.</summary>
    public SchemaId? Id { get; }

    /// <summary>The file's text (a UTF-8 byte order mark removed).</summary>
    public string Text { get; }

    /// <summary>The parsed document, or null when <see cref="ParseError"/> is set.</summary>
    public JsonElement? Root { get; }

    /// <summary>Why the text is not JSON, or null when it parsed.</summary>
    public SchemaParseError? ParseError { get; }

    /// <summary>True when the text parsed as JSON.</summary>
    public bool IsParsed => ParseError is null;

    /// <summary>The <c>$id</c> string written in the file, if any.</summary>
    public string? DeclaredId { get; }

    /// <summary>Line and column of every JSON pointer (empty when the file did not parse).</summary>
    public SourceMap SourceMap => _sourceMap.Value;

    /// <summary>The position of a pointer, or of its nearest existing ancestor.</summary>
    public SourcePosition PositionOf(string pointer) => SourceMap.Find(pointer);

    /// <summary>Reads and parses a file; a file that is not JSON is kept with its <see cref="ParseError"/>.</summary>
    /// <exception cref="ReflektException">The file cannot be read.</exception>
    public static EventSchemaFile Load(string fullPath, string relativePath)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReflektException($"{fullPath}: cannot read schema file: {e.Message}", e);
        }

        return FromText(fullPath, relativePath, text);
    }

    /// <summary>Parses text as a schema file (used for in-memory schemas and tests).</summary>
    public static EventSchemaFile FromText(string fullPath, string relativePath, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        relativePath = relativePath.Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(text))
        {
            return new EventSchemaFile(fullPath, relativePath, text, null, new SchemaParseError("the file is empty", new SourcePosition(1, 1)));
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return new EventSchemaFile(fullPath, relativePath, text, document.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            var position = new SourcePosition((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return new EventSchemaFile(fullPath, relativePath, text, null, new SchemaParseError(FirstSentence(e.Message), position));
        }
    }

    public override string ToString() => RelativePath;

    private SourceMap BuildSourceMap() => IsParsed ? JsonSourceMapBuilder.Build(Text) : SourceMap.Empty;

    // System.Text.Json appends " LineNumber: x | BytePositionInLine: y." which we report as a position instead.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
