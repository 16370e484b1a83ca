using System.Globalization;
using System.Text;
using System.Text.Json;
using Reflekt.Schemas;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reflekt.Projects.Yaml;

/// <summary>
/// A YAML configuration file as JSON (so JSON Schema can validate it) plus the line and column of every
/// JSON pointer (so errors can name them). Scalars follow the YAML 1.2 core schema; quoted scalars are strings.
/// </summary>
public sealed class YamlDocument
{
    private YamlDocument(string filePath, JsonElement root, SourceMap positions, bool isEmpty)
    {
        FilePath = filePath;
        Root = root;
        Positions = positions;
        IsEmpty = isEmpty;
    }

    /// <summary>True when the file holds no YAML document at all (nothing, or only comments and blank lines).</summary>
    public bool IsEmpty { get; }

    /// <summary>The file the document came from (used in messages).</summary>
    public string FilePath { get; }

    /// <summary>The document as JSON; an empty file is an empty object.</summary>
    public JsonElement Root { get; }

    /// <summary>Where each pointer's key (or item) starts in the YAML text.</summary>
    public SourceMap Positions { get; }

    /// <summary>Reads and parses a YAML file.</summary>
    /// <exception cref="ReflektException">The file cannot be read or is not valid YAML (message names file, line and column).</exception>
    public static YamlDocument Load(string filePath)
    {
        string text;
        try
        {
            text = File.ReadAllText(filePath, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReflektException($"{filePath}: cannot read file: {e.Message}", e);
        }

        return Parse(filePath, text);
    }

    /// <summary>Parses YAML text; <paramref name="filePath"/> is used only in messages.</summary>
    /// <exception cref="ReflektException">The text is not valid YAML or holds more than one document.</exception>
    public static YamlDocument Parse(string filePath, string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e) when (TabInIndentation(text, e.Start.Line + 1) is { } tab)
        {
            // YamlDotNet reports where the token it could not read began (often the enclosing key, or 1:1), not the tab.
            throw new ReflektException($"{filePath}:{tab.Line}:{tab.Column}: YAML syntax error: a tab in the indentation (YAML indents with spaces)", e);
        }
        catch (YamlException e)
        {
            throw new ReflektException($"{filePath}:{e.Start.Line}:{e.Start.Column}: YAML syntax error: {InnermostMessage(e)}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections; report where parsing stopped.
            var mark = parser.Current?.End ?? Mark.Empty;
            throw new ReflektException($"{filePath}:{mark.Line}:{mark.Column}: YAML syntax error: unexpected end of a flow collection or scalar", e);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            throw new ReflektException($"{filePath}:{second.Line}:{second.Column}: expected one YAML document, found {stream.Documents.Count}");
        }

        var positions = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (stream.Documents.Count == 0)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
                positions[""] = new SourcePosition(1, 1);
            }
            else
            {
                var root = stream.Documents[0].RootNode;
                positions[""] = ToPosition(root.Start);
                new Converter(filePath, writer, positions).Write(root, "");
            }
        }

        using var json = JsonDocument.Parse(buffer.ToArray());
        return new YamlDocument(filePath, json.RootElement.Clone(), new SourceMap(positions), stream.Documents.Count == 0);
    }

    /// <summary>"file:line:col" for a pointer (or its nearest ancestor), for messages.</summary>
    public string Locate(string pointer)
    {
        var position = Positions.Find(pointer);
        return position.IsKnown ? $"{FilePath}:{position.Line}:{position.Column}" : FilePath;
    }

    /// <summary>The first tab in a line's leading whitespace, on or before <paramref name="lastLine"/>, or null.</summary>
    private static SourcePosition? TabInIndentation(string text, long lastLine)
    {
        var line = 0;
        foreach (var content in text.AsSpan().EnumerateLines())
        {
            if (++line > lastLine)
            {
                break;
            }

            var indentation = content[..(content.Length - content.TrimStart(" \t").Length)];
            if (indentation.IndexOf('\t') is var column and >= 0)
            {
                return new SourcePosition(line, column + 1);
            }
        }

        return null;
    }

    private static SourcePosition ToPosition(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private static string InnermostMessage(YamlException e)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; we print our own position.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line:", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    private sealed class Converter(string filePath, Utf8JsonWriter writer, Dictionary<string, SourcePosition> positions)
    {
        // Project and profile files nest a handful of levels; 64 is also System.Text.Json's default reading depth,
        // so anything deeper could not be read back and is refused here, at the node where it happens.
        private const int MaxDepth = 64;

        public void Write(YamlNode node, string pointer)
        {
            if (writer.CurrentDepth >= MaxDepth && node is YamlMappingNode or YamlSequenceNode)
            {
                throw new ReflektException($"{filePath}:{node.Start.Line}:{node.Start.Column}: nested deeper than {MaxDepth} levels");
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    writer.WriteStartObject();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var (keyNode, valueNode) in mapping.Children)
                    {
                        if (keyNode is not YamlScalarNode { Value: { } key })
                        {
                            throw new ReflektException($"{filePath}:{keyNode.Start.Line}:{keyNode.Start.Column}: mapping keys must be plain strings");
                        }

                        if (!seen.Add(key))
                        {
                            throw new ReflektException($"{filePath}:{keyNode.Start.Line}:{keyNode.Start.Column}: duplicate key '{key}'");
                        }

                        var child = JsonPointer.Append(pointer, key);
                        positions[child] = ToPosition(keyNode.Start);
                        writer.WritePropertyName(key);
                        Write(valueNode, child);
                    }

                    writer.WriteEndObject();
                    break;
                case YamlSequenceNode sequence:
                    writer.WriteStartArray();
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        var item = JsonPointer.Append(pointer, i);
                        positions[item] = ToPosition(sequence.Children[i].Start);
                        Write(sequence.Children[i], item);
                    }

                    writer.WriteEndArray();
                    break;
                case YamlScalarNode scalar:
                    WriteScalar(scalar);
                    break;
                default:
                    throw new ReflektException($"{filePath}:{node.Start.Line}:{node.Start.Column}: unsupported YAML node");
            }
        }

        private void WriteScalar(YamlScalarNode scalar)
        {
            var value = scalar.Value ?? "";
            var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
            if (tag == "tag:yaml.org,2002:str" || scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any)
            {
                writer.WriteStringValue(value);
                return;
            }

            switch (value)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    writer.WriteNullValue();
                    return;
                case "true" or "True" or "TRUE":
                    writer.WriteBooleanValue(true);
                    return;
                case "false" or "False" or "FALSE":
                    writer.WriteBooleanValue(false);
                    return;
            }

            if (IsInteger(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                writer.WriteNumberValue(integer);
            }
            else if (IsFloat(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        private static bool IsInteger(string value)
        {
            var digits = value.AsSpan(value.Length > 0 && value[0] is '-' or '+' ? 1 : 0);
            return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9');
        }

        // YAML 1.2 core float: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        private static bool IsFloat(string value) =>
            System.Text.RegularExpressions.Regex.IsMatch(value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    }
}
