using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// Writes a message as it will be forwarded: every original field kept byte for byte (messageId, timestamps,
/// context, library…), plus `type` when the endpoint implied it, the batch-level `context`/`integrations`
/// merged in (the message's own keys win), a `messageId`/`timestamp` when the sender gave none (so retries
/// keep one identity and time), `validation_errors` spliced into the payload of invalid events (capped, see
/// <see cref="AttachedErrors"/>), and never the `writeKey`.
/// </summary>
internal static class MessageWriter
{
    // What the gateway may add around the sender's bytes besides the errors: type, messageId, timestamp (~130 bytes),
    // and per payload it splices into, `,"properties":{}` when the event had none.
    private const int AddedFieldsBytes = 160;
    private const int PayloadWrapperBytes = 24;

    public static void Write(
        IBufferWriter<byte> output,
        JsonElement message,
        CallType type,
        JsonElement batchContext,
        JsonElement batchIntegrations,
        IReadOnlyList<Diagnostic>? problems,
        DateTimeOffset receivedAt,
        TrackingBody body,
        int maxMessageBytes)
    {
        var errors = problems is null ? null : ErrorsFor(message, type, batchContext, batchIntegrations, problems, body, maxMessageBytes);
        if (batchContext.ValueKind == JsonValueKind.Undefined && batchIntegrations.ValueKind == JsonValueKind.Undefined
            && TryCopyRaw(output, message, type, receivedAt, body, errors))
        {
            return;
        }
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        bool hasType = false, hasContext = false, hasIntegrations = false, hasMessageId = false, hasTimestamp = false;
        var spliced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in message.EnumerateObject())
        {
            var name = ReadableText.NameOf(field);
            switch (name)
            {
                case "writeKey":
                    continue;
                case "type":
                    hasType = true;
                    writer.WriteString("type", type.WireName());
                    continue;
                case "messageId":
                    hasMessageId = true;
                    break;
                case "timestamp":
                    hasTimestamp = true;
                    break;
                case "context":
                    hasContext = true;
                    WriteMerged(writer, "context", field.Value, batchContext, body);
                    continue;
                case "integrations":
                    hasIntegrations = true;
                    WriteMerged(writer, "integrations", field.Value, batchIntegrations, body);
                    continue;
            }
            if (errors is not null && IsErrorTarget(type, name) && spliced.Add(name))
            {
                writer.WritePropertyName(name);
                writer.WriteRawValue(PayloadWithErrors(field.Value, errors, body), skipInputValidation: true);
                continue;
            }
            WriteField(writer, field, body);
        }
        if (!hasType)
        {
            writer.WriteString("type", type.WireName());
        }
        if (!hasMessageId)
        {
            writer.WriteString("messageId", NewMessageId());
        }
        if (!hasTimestamp)
        {
            writer.WriteString("timestamp", SegmentTimestamp.Format(receivedAt));
        }
        if (!hasContext && batchContext.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName("context");
            writer.WriteRawValue(body.Original(batchContext), skipInputValidation: true);
        }
        if (!hasIntegrations && batchIntegrations.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName("integrations");
            writer.WriteRawValue(body.Original(batchIntegrations), skipInputValidation: true);
        }
        foreach (var target in ErrorTargets(type))
        {
            if (errors is not null && !spliced.Contains(target))
            {
                writer.WritePropertyName(target);
                writer.WriteRawValue(PayloadWithErrors(default, errors, body), skipInputValidation: true);
            }
        }
        writer.WriteEndObject();
    }

    // Errors go to `properties`, and for identify/group also to `traits` (Segment keeps no `properties` there, but
    // the invalid source's tables are read the same way for every call).
    private static string[] ErrorTargets(CallType type) =>
        type is CallType.Identify or CallType.Group ? ["traits", "properties"] : ["properties"];

    private static bool IsErrorTarget(CallType type, string name) =>
        name == "properties" || (name == "traits" && type is CallType.Identify or CallType.Group);

    // The room the errors may take: Segment's per-message limit less everything else the message will hold (an upper
    // bound: merged context counts in full), shared by the payloads they are written into. Null: nothing fits.
    private static byte[]? ErrorsFor(JsonElement message, CallType type, JsonElement batchContext, JsonElement batchIntegrations,
        IReadOnlyList<Diagnostic> problems, TrackingBody body, int maxMessageBytes)
    {
        var rest = body.Original(message).Length + AddedFieldsBytes
            + (batchContext.ValueKind == JsonValueKind.Object ? body.Original(batchContext).Length : 0)
            + (batchIntegrations.ValueKind == JsonValueKind.Object ? body.Original(batchIntegrations).Length : 0);
        var targets = ErrorTargets(type).Length;
        var room = (maxMessageBytes - rest) / targets - PayloadWrapperBytes;
        var members = AttachedErrors.Members(problems, room);
        return members.Length == 0 ? null : members;
    }

    /// <summary>
    /// The common case (nothing to merge, no writeKey): the original bytes, with only the missing
    /// `type`/`messageId`/`timestamp` appended before the closing brace and, on an invalid event, the errors spliced
    /// in before each payload's closing brace. Saves re-writing every field, and keeps every other byte as sent.
    /// </summary>
    private static bool TryCopyRaw(IBufferWriter<byte> output, JsonElement message, CallType type, DateTimeOffset receivedAt, TrackingBody body, byte[]? errors)
    {
        bool hasType = false, hasMessageId = false, hasTimestamp = false, any = false;
        var payloads = new List<(string Name, JsonElement Value)>(2);
        foreach (var field in message.EnumerateObject())
        {
            any = true;
            if (field.NameEquals("writeKey"))
            {
                return false;
            }
            if (field.NameEquals("type"))
            {
                if (field.Value.ValueKind != JsonValueKind.String || !field.Value.ValueEquals(type.WireName()))
                {
                    return false;
                }
                hasType = true;
            }
            else if (field.NameEquals("messageId"))
            {
                hasMessageId = true;
            }
            else if (field.NameEquals("timestamp"))
            {
                hasTimestamp = true;
            }
            else if (errors is not null && (field.NameEquals("properties") || field.NameEquals("traits")) && IsErrorTarget(type, field.Name))
            {
                if (payloads.Exists(p => p.Name == field.Name))
                {
                    return false; // a duplicate member: let the writer path settle it
                }
                payloads.Add((field.Name, field.Value));
            }
        }
        if (!any)
        {
            return false;
        }
        var raw = body.Original(message);
        var close = raw.LastIndexOf((byte)'}');
        var at = 0;
        foreach (var (_, value) in payloads) // in document order, as enumerated
        {
            var valueRaw = body.Original(value);
            var start = OffsetIn(raw, valueRaw);
            output.Write(raw[at..start]);
            output.Write(PayloadWithErrors(value, errors!, body));
            at = start + valueRaw.Length;
        }
        output.Write(raw[at..close]);
        if (!hasType)
        {
            Append(output, "type", type.WireName());
        }
        if (!hasMessageId)
        {
            Append(output, "messageId", NewMessageId());
        }
        if (!hasTimestamp)
        {
            Append(output, "timestamp", SegmentTimestamp.Format(receivedAt));
        }
        if (errors is not null)
        {
            foreach (var target in ErrorTargets(type))
            {
                if (!payloads.Exists(p => p.Name == target))
                {
                    output.Write(System.Text.Encoding.ASCII.GetBytes($",\"{target}\":"));
                    output.Write(PayloadWithErrors(default, errors, body));
                }
            }
        }
        output.Write("}"u8);
        return true;
    }

    // Both spans are slices of one request body, so the distance between their starts is the offset.
    private static int OffsetIn(ReadOnlySpan<byte> outer, ReadOnlySpan<byte> inner) =>
        (int)Unsafe.ByteOffset(ref MemoryMarshal.GetReference(outer), ref MemoryMarshal.GetReference(inner));

    /// <summary>
    /// A payload with the errors spliced in before its closing brace, every other byte as received. A payload that
    /// is absent or not an object becomes `{errors}`; one that already holds our members (a client echoing a
    /// forwarded event) is re-written without them first.
    /// </summary>
    private static byte[] PayloadWithErrors(JsonElement payload, byte[] errors, TrackingBody body)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return [(byte)'{', .. errors, (byte)'}'];
        }
        ReadOnlySpan<byte> original = payload.TryGetProperty("validation_errors", out _) || payload.TryGetProperty("validation_error_count", out _)
            ? WithoutOurMembers(payload, body)
            : body.Original(payload);
        var close = original.LastIndexOf((byte)'}');
        var empty = original[1..close].Trim(" \t\r\n"u8).IsEmpty;
        var result = new byte[close + (empty ? 0 : 1) + errors.Length + 1];
        original[..close].CopyTo(result);
        var at = close;
        if (!empty)
        {
            result[at++] = (byte)',';
        }
        errors.CopyTo(result, at);
        result[^1] = (byte)'}';
        return result;
    }

    private static byte[] WithoutOurMembers(JsonElement payload, TrackingBody body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var field in payload.EnumerateObject())
            {
                if (!field.NameEquals("validation_errors") && !field.NameEquals("validation_error_count"))
                {
                    WriteField(writer, field, body);
                }
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static string NewMessageId() => "reflekt-" + Guid.NewGuid().ToString("N");

    // Values go out as the sender's bytes (no re-escaping of "café", and a lone surrogate or a bad byte is kept, not
    // a crash); only the names pass through the writer, relaxed so non-ASCII names stay as they came.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteField(Utf8JsonWriter writer, JsonProperty field, TrackingBody body)
    {
        writer.WritePropertyName(ReadableText.NameOf(field));
        writer.WriteRawValue(body.Original(field.Value), skipInputValidation: true);
    }

    // Values appended here are our own ASCII (call type, GUID, ISO time): no escaping is needed.
    private static void Append(IBufferWriter<byte> output, string name, string value)
    {
        output.Write(System.Text.Encoding.UTF8.GetBytes($",\"{name}\":\"{value}\""));
    }

    private static void WriteMerged(Utf8JsonWriter writer, string name, JsonElement own, JsonElement outer, TrackingBody body)
    {
        if (outer.ValueKind != JsonValueKind.Object || own.ValueKind != JsonValueKind.Object)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(body.Original(own), skipInputValidation: true);
            return;
        }
        writer.WriteStartObject(name);
        foreach (var field in outer.EnumerateObject())
        {
            if (!own.TryGetProperty(ReadableText.NameOf(field), out _))
            {
                WriteField(writer, field, body);
            }
        }
        foreach (var field in own.EnumerateObject())
        {
            WriteField(writer, field, body);
        }
        writer.WriteEndObject();
    }
}
