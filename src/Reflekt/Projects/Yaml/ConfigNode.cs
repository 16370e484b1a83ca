using System.Globalization;
using System.Text.Json;
using Reflekt.Schemas;

namespace Reflekt.Projects.Yaml;

/// <summary>
/// A typed, checking view of one mapping in a YAML configuration file. Every failure names the file,
/// line, column and key path, e.g. <c>reflekt_project.yml:14:7: schemas.conventions.event.casing: …</c>.
/// </summary>
public sealed class ConfigNode
{
    public ConfigNode(YamlDocument document, JsonElement element, string pointer, bool sensitive = false)
    {
        Document = document;
        Element = element;
        Pointer = pointer;
        Sensitive = sensitive;
    }

    /// <summary>When true (profiles), messages never quote values, because any of them may be a secret.</summary>
    public bool Sensitive { get; }

    /// <summary>The file the node belongs to.</summary>
    public YamlDocument Document { get; }

    /// <summary>The mapping itself.</summary>
    public JsonElement Element { get; }

    /// <summary>JSON pointer of the mapping inside the document.</summary>
    public string Pointer { get; }

    /// <summary>The document root as a node; it must be a mapping.</summary>
    public static ConfigNode Root(YamlDocument document, bool sensitive = false)
    {
        if (document.IsEmpty)
        {
            // Said plainly: "required key 'profiles_path' is missing" would send the user looking for one key.
            throw new ReflektException($"{document.FilePath}: the file is empty");
        }

        if (document.Root.ValueKind != JsonValueKind.Object)
        {
            throw new ReflektException($"{document.Locate("")}: expected a mapping of keys at the top level, found {Describe(document.Root, !sensitive)}");
        }

        return new ConfigNode(document, document.Root, "", sensitive);
    }

    /// <summary>A failure at a key of this mapping (or at the mapping when the key is null).</summary>
    public ReflektException Error(string? key, string message)
    {
        var pointer = key is null ? Pointer : JsonPointer.Append(Pointer, key);
        return Error(Document, pointer, message);
    }

    /// <summary>A failure at any pointer of a document: "file:line:col: key.path: message".</summary>
    public static ReflektException Error(YamlDocument document, string pointer, string message) =>
        new($"{document.Locate(pointer)}: {JsonPointer.ToKeyPath(pointer)}: {message}");

    public bool Has(string key) => Element.TryGetProperty(key, out _);

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<string> Keys => Element.EnumerateObject().Select(p => p.Name);

    public string RequiredString(string key) =>
        OptionalString(key) ?? throw Error(null, $"required key '{key}' is missing");

    /// <summary>A string value; a missing or null key gives null. Numbers and booleans are not strings.</summary>
    public string? OptionalString(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(key, $"expected a string, found {Describe(value, !Sensitive)}");
    }

    public double RequiredNumber(string key)
    {
        if (!TryGet(key, out var value))
        {
            throw Error(null, $"required key '{key}' is missing");
        }

        return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : throw Error(key, $"expected a number, found {Describe(value, !Sensitive)}");
    }

    /// <summary>An integer; a string of digits counts too (secrets substituted from variables are strings).</summary>
    public int? OptionalInteger(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var integer))
        {
            return integer;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out integer))
        {
            return integer;
        }

        throw Error(key, $"expected an integer, found {Describe(value, !Sensitive)}");
    }

    public bool? OptionalBoolean(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error(key, $"expected true or false, found {Describe(value, !Sensitive)}"),
        };
    }

    public bool RequiredBoolean(string key) =>
        OptionalBoolean(key) ?? throw Error(null, $"required key '{key}' is missing");

    /// <summary>A nested mapping, or null when the key is missing or null.</summary>
    public ConfigNode? OptionalMapping(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object
            ? new ConfigNode(Document, value, JsonPointer.Append(Pointer, key), Sensitive)
            : throw Error(key, $"expected a mapping, found {Describe(value, !Sensitive)}");
    }

    public ConfigNode RequiredMapping(string key) =>
        OptionalMapping(key) ?? throw Error(null, $"required key '{key}' is missing");

    /// <summary>The mappings of a list; a missing key gives an empty list.</summary>
    public IReadOnlyList<ConfigNode> MappingList(string key)
    {
        if (!TryGet(key, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(key, $"expected a list, found {Describe(value, !Sensitive)}");
        }

        var pointer = JsonPointer.Append(Pointer, key);
        return value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Object
                ? new ConfigNode(Document, item, JsonPointer.Append(pointer, i), Sensitive)
                : throw Error(Document, JsonPointer.Append(pointer, i), $"expected a mapping, found {Describe(item, !Sensitive)}"))
            .ToArray();
    }

    /// <summary>A list of strings; a missing key gives null.</summary>
    public IReadOnlyList<string>? OptionalStringList(string key)
    {
        if (!TryGet(key, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(key, $"expected a list, found {Describe(value, !Sensitive)}");
        }

        var pointer = JsonPointer.Append(Pointer, key);
        return value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw Error(Document, JsonPointer.Append(pointer, i), $"expected a string, found {Describe(item, !Sensitive)}"))
            .ToArray();
    }

    /// <summary>Fails on the first key not in <paramref name="allowed"/> (catches typos such as <c>casng</c>).</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var key in Keys)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>A string value that must be one of <paramref name="choices"/>.</summary>
    public T? OptionalChoice<T>(string key, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        return choices.TryGetValue(text, out var choice)
            ? choice
            : throw Error(key, $"{(Sensitive ? "the value" : $"'{text}'")} is not one of: {string.Join(", ", choices.Keys)}");
    }

    /// <summary>Short description of a JSON value for messages: "a number (5)", "a list", "nothing".</summary>
    public static string Describe(JsonElement value, bool quoteValue = true) => value.ValueKind switch
    {
        JsonValueKind.Object => "a mapping",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => quoteValue ? $"a string ('{value.GetString()}')" : "a string",
        JsonValueKind.Number => quoteValue ? $"a number ({value.GetRawText()})" : "a number",
        JsonValueKind.True or JsonValueKind.False => $"a boolean ({value.GetRawText()})",
        JsonValueKind.Null => "nothing (null)",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private bool TryGet(string key, out JsonElement value) =>
        Element.TryGetProperty(key, out value) && value.ValueKind != JsonValueKind.Null;
}
