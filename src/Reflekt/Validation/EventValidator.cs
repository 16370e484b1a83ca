using System.Text.Json;
using Reflekt.Json.Schema;

namespace Reflekt.Validation;

/// <summary>
/// Validates events against a compiled event schema. By default a document is a Segment call: the
/// <c>properties</c> of track/page/screen or the <c>traits</c> of identify/group are validated; raw mode
/// validates the whole document.
/// </summary>
public sealed class EventValidator(JsonSchema schema, bool raw = false)
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>Validates one parsed document.</summary>
    public DocumentValidation Validate(int index, JsonElement document)
    {
        if (raw)
        {
            return Result(index, document, "");
        }
        if (document.ValueKind != JsonValueKind.Object)
        {
            return Invalid(index, $"expected a Segment call (a JSON object), got {Kind(document)}; use --raw to validate whole documents");
        }
        var field = CallField(document);
        if (field is null)
        {
            return Invalid(index, "not a Segment call: no \"type\" of track, page, screen, identify or group (and no \"event\"); use --raw to validate whole documents");
        }
        var payload = document.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : EmptyObject;
        return Result(index, payload, "/" + field);
    }

    /// <summary>Validates a single JSON document or an NDJSON stream (one document per non-blank line).</summary>
    public IEnumerable<DocumentValidation> ValidateAll(string text)
    {
        if (text.Trim().Length == 0)
        {
            yield break;
        }
        JsonDocument? single = null;
        try
        {
            single = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // Not one document: read it as NDJSON below.
        }
        if (single is not null)
        {
            using (single)
            {
                yield return Validate(0, single.RootElement);
            }
            yield break;
        }
        var index = 0;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var (document, error) = TryParse(line);
            if (document is null)
            {
                yield return Invalid(index++, $"line {lineNumber} is not valid JSON: {error}");
                continue;
            }
            using (document)
            {
                yield return Validate(index++, document.RootElement);
            }
        }
    }

    private static (JsonDocument? Document, string? Error) TryParse(string line)
    {
        try
        {
            return (JsonDocument.Parse(line), null);
        }
        catch (JsonException e)
        {
            return (null, FirstSentence(e.Message));
        }
    }

    private DocumentValidation Result(int index, JsonElement instance, string prefix)
    {
        if (schema.IsValid(instance))
        {
            return new DocumentValidation(index, true, []);
        }
        var errors = schema.Validate(instance).Errors
            .Select(e => new ValidationFinding(prefix + e.InstanceLocation, e.KeywordLocation, e.Message))
            .ToList();
        return new DocumentValidation(index, false, errors);
    }

    private static DocumentValidation Invalid(int index, string message) => new(index, false, [new ValidationFinding("", "", message)]);

    private static string? CallField(JsonElement call)
    {
        var type = call.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            "track" or "page" or "screen" => "properties",
            "identify" or "group" => "traits",
            null when call.TryGetProperty("event", out _) => "properties",
            null when call.TryGetProperty("traits", out _) => "traits",
            _ => null,
        };
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
