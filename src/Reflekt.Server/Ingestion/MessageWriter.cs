using System.Buffers;
using System.Text.Json;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Validation;
using Reflekt.Validation;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// Writes a message as it will be forwarded: every original field kept byte for byte (messageId, timestamps,
/// context, library…), plus `type` when the endpoint implied it, the batch-level `context`/`integrations`
/// merged in (the message's own keys win), a `messageId`/`timestamp` when the sender gave none (so retries
/// keep one identity and time), `properties.validation_errors` on invalid events, and never the `writeKey`.
/// </summary>
internal static class MessageWriter
{
    public static void Write(
        IBufferWriter<byte> output,
        JsonElement message,
        CallType type,
        JsonElement batchContext,
        JsonElement batchIntegrations,
        IReadOnlyList<Diagnostic>? problems,
        DateTimeOffset receivedAt,
        TrackingBody body)
    {
        if (problems is null && batchContext.ValueKind == JsonValueKind.Undefined && batchIntegrations.ValueKind == JsonValueKind.Undefined
            && TryCopyRaw(output, message, type, receivedAt, body))
        {
            return;
        }
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        bool hasType = false, hasContext = false, hasIntegrations = false, hasProperties = false, hasTraits = false;
        bool hasMessageId = false, hasTimestamp = false;
        var errorsInTraits = problems is not null && type is CallType.Identify or CallType.Group;
        foreach (var field in message.EnumerateObject())
        {
            switch (NameOf(field))
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
                case "properties" when problems is not null:
                    hasProperties = true;
                    WriteWithErrors(writer, "properties", field.Value, problems, body);
                    continue;
                case "traits" when errorsInTraits:
                    hasTraits = true;
                    WriteWithErrors(writer, "traits", field.Value, problems!, body);
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
            writer.WriteString("messageId", "reflekt-" + Guid.NewGuid().ToString("N"));
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
        if (problems is not null && !hasProperties)
        {
            WriteWithErrors(writer, "properties", default, problems, body);
        }
        if (errorsInTraits && !hasTraits)
        {
            WriteWithErrors(writer, "traits", default, problems!, body);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// The common case (a valid event, nothing to merge, no writeKey): the original bytes, with only the missing
    /// `type`/`messageId`/`timestamp` appended before the closing brace. Saves re-writing every field.
    /// </summary>
    private static bool TryCopyRaw(IBufferWriter<byte> output, JsonElement message, CallType type, DateTimeOffset receivedAt, TrackingBody body)
    {
        bool hasType = false, hasMessageId = false, hasTimestamp = false, any = false;
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
        }
        if (!any)
        {
            return false;
        }
        var raw = body.Original(message);
        var close = raw.LastIndexOf((byte)'}');
        output.Write(raw[..close]);
        if (!hasType)
        {
            Append(output, "type", type.WireName());
        }
        if (!hasMessageId)
        {
            Append(output, "messageId", "reflekt-" + Guid.NewGuid().ToString("N"));
        }
        if (!hasTimestamp)
        {
            Append(output, "timestamp", SegmentTimestamp.Format(receivedAt));
        }
        output.Write("}"u8);
        return true;
    }

    // Values go out as the sender's bytes (no re-escaping of "café", and a lone surrogate or a bad byte is kept, not
    // a crash); only the names pass through the writer, relaxed so non-ASCII names stay as they came.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void WriteField(Utf8JsonWriter writer, JsonProperty field, TrackingBody body)
    {
        writer.WritePropertyName(NameOf(field));
        writer.WriteRawValue(body.Original(field.Value), skipInputValidation: true);
    }

    // A member name that is not valid Unicode cannot be decoded; its raw text (escapes and all) stands in for it.
    private static string NameOf(JsonProperty field)
    {
        try
        {
            return field.Name;
        }
        catch (InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(field));
        }
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
            if (!own.TryGetProperty(NameOf(field), out _))
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

    private static void WriteWithErrors(Utf8JsonWriter writer, string name, JsonElement original, IReadOnlyList<Diagnostic> problems, TrackingBody body)
    {
        writer.WriteStartObject(name);
        if (original.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in original.EnumerateObject())
            {
                if (!field.NameEquals("validation_errors"))
                {
                    WriteField(writer, field, body);
                }
            }
        }
        writer.WriteStartArray("validation_errors");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", problem.Pointer ?? "");
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
