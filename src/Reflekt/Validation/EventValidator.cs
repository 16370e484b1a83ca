using System.Runtime.CompilerServices;
using System.Text.Json;
using Reflekt.Json.Schema;
using Reflekt.Schemas.Calls;

namespace Reflekt.Validation;

/// <summary>
/// Validates events against a compiled event schema. By default a document is a Segment call: the
/// <c>properties</c> of track/page/screen or the <c>traits</c> of identify/group are validated; raw mode
/// validates the whole document.
/// </summary>
public sealed class EventValidator(JsonSchema schema, bool raw = false)
{
    /// <summary>Validates one parsed document, the <paramref name="number"/>th of its input, starting on <paramref name="line"/>.</summary>
    public DocumentValidation Validate(int number, JsonElement document, int line = 1)
    {
        if (raw)
        {
            return Result(number, line, document, "");
        }
        if (document.ValueKind != JsonValueKind.Object)
        {
            return Invalid(number, line, ValidationRules.NotACall, $"expected a Segment call (a JSON object), got {Kind(document)}; use --raw to validate whole documents");
        }
        if (!SegmentCall.TryRead(document, out var call) || call.PayloadPointer is not { } payloadPointer)
        {
            return Invalid(number, line, ValidationRules.NotACall, "not a Segment call: no \"type\" of track, page, screen, identify or group (and no \"event\"); use --raw to validate whole documents");
        }
        return Result(number, line, call.ValidatedPayload, payloadPointer);
    }

    /// <summary>
    /// Validates a single JSON document or an NDJSON stream (one document per non-blank line), as it arrives: when
    /// the first non-blank line is a JSON value on its own, the input is NDJSON and each line is answered as soon as
    /// it is read (so `tail -f | reflekt validate -` reports live, in constant memory); otherwise the whole input is
    /// one (pretty-printed) document, and only if it is not, NDJSON again with the lines that do not parse reported
    /// by number.
    /// </summary>
    public IAsyncEnumerable<DocumentValidation> ValidateAllAsync(TextReader input, CancellationToken cancellationToken = default) =>
        ValidateAllAsync(new TextReaderLines(input), cancellationToken);

    /// <summary>As the <see cref="TextReader"/> overload, over UTF-8 lines: each is parsed from its bytes, never made a string.</summary>
    public async IAsyncEnumerable<DocumentValidation> ValidateAllAsync(DocumentLines input, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var lineNumber = 0;
        bool more;
        do
        {
            more = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            lineNumber++;
        }
        while (more && DocumentLines.IsBlank(input.Current.Span));
        if (!more)
        {
            yield break;
        }

        var (firstDocument, _) = TryParse(input.Current);
        if (firstDocument is null)
        {
            var first = input.Current.ToArray();
            var rest = await input.ReadRestAsync(cancellationToken).ConfigureAwait(false);
            if (TryParse((byte[])[.. first, (byte)'\n', .. rest]).Document is { } whole)
            {
                using (whole)
                {
                    yield return Validate(1, whole.RootElement, lineNumber);
                }
                yield break;
            }
            // Not one document either: NDJSON whose first line is broken.
            yield return Invalid(1, lineNumber, ValidationRules.NotJson, $"not valid JSON: {TryParse(first).Error}");
            input = new Utf8StreamLines(new MemoryStream(rest));
            more = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            lineNumber++;
        }

        var number = firstDocument is null ? 1 : 0;
        for (; more; more = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false), lineNumber++)
        {
            var line = input.Current;
            if (DocumentLines.IsBlank(line.Span))
            {
                continue;
            }
            // The document reads the line's bytes in place; it is disposed before the next line overwrites them.
            var (document, error) = number == 0 ? (firstDocument, null) : TryParse(line);
            number++;
            if (document is null)
            {
                yield return Invalid(number, lineNumber, ValidationRules.NotJson, $"not valid JSON: {error}");
                continue;
            }
            using (document)
            {
                yield return Validate(number, document.RootElement, lineNumber);
            }
        }
    }

    private static (JsonDocument? Document, string? Error) TryParse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return (JsonDocument.Parse(utf8), null);
        }
        catch (JsonException e)
        {
            return (null, FirstSentence(e.Message));
        }
    }

    private DocumentValidation Result(int number, int line, JsonElement instance, string prefix)
    {
        if (schema.IsValid(instance))
        {
            return new DocumentValidation(number, line, true, []);
        }
        return new DocumentValidation(number, line, false, ValidationRules.Violations(schema.Validate(instance), prefix));
    }

    private static DocumentValidation Invalid(int number, int line, string ruleId, string message) =>
        new(number, line, false, [ValidationRules.Finding(ruleId, message)]);

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
