using System.Buffers;
using System.Text.Json;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Validation;

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
        IReadOnlyList<ValidationProblem>? problems,
        DateTimeOffset receivedAt)
    {
        if (problems is null && batchContext.ValueKind == JsonValueKind.Undefined && batchIntegrations.ValueKind == JsonValueKind.Undefined
            && TryCopyRaw(output, message, type, receivedAt))
        {
            return;
        }
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        bool hasType = false, hasContext = false, hasIntegrations = false, hasProperties = false, hasTraits = false;
        bool hasMessageId = false, hasTimestamp = false;
        var errorsInTraits = problems is not null && type is CallType.Identify or CallType.Group;
        foreach (var field in message.EnumerateObject())
        {
            switch (field.Name)
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
                    WriteMerged(writer, "context", field.Value, batchContext);
                    continue;
                case "integrations":
                    hasIntegrations = true;
                    WriteMerged(writer, "integrations", field.Value, batchIntegrations);
                    continue;
                case "properties" when problems is not null:
                    hasProperties = true;
                    WriteWithErrors(writer, "properties", field.Value, problems);
                    continue;
                case "traits" when errorsInTraits:
                    hasTraits = true;
                    WriteWithErrors(writer, "traits", field.Value, problems!);
                    continue;
            }
            field.WriteTo(writer);
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
            writer.WriteString("timestamp", receivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (!hasContext && batchContext.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName("context");
            batchContext.WriteTo(writer);
        }
        if (!hasIntegrations && batchIntegrations.ValueKind == JsonValueKind.Object)
        {
            writer.WritePropertyName("integrations");
            batchIntegrations.WriteTo(writer);
        }
        if (problems is not null && !hasProperties)
        {
            WriteWithErrors(writer, "properties", default, problems);
        }
        if (errorsInTraits && !hasTraits)
        {
            WriteWithErrors(writer, "traits", default, problems!);
        }
        writer.WriteEndObject();
    }

    /// <summary>
    /// The common case (a valid event, nothing to merge, no writeKey): the original bytes, with only the missing
    /// `type`/`messageId`/`timestamp` appended before the closing brace. Saves re-writing every field.
    /// </summary>
    private static bool TryCopyRaw(IBufferWriter<byte> output, JsonElement message, CallType type, DateTimeOffset receivedAt)
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
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(message);
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
            Append(output, "timestamp", receivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        output.Write("}"u8);
        return true;
    }

    // Values appended here are our own ASCII (call type, GUID, ISO time): no escaping is needed.
    private static void Append(IBufferWriter<byte> output, string name, string value)
    {
        output.Write(System.Text.Encoding.UTF8.GetBytes($",\"{name}\":\"{value}\""));
    }

    private static void WriteMerged(Utf8JsonWriter writer, string name, JsonElement own, JsonElement outer)
    {
        if (outer.ValueKind != JsonValueKind.Object || own.ValueKind != JsonValueKind.Object)
        {
            writer.WritePropertyName(name);
            own.WriteTo(writer);
            return;
        }
        writer.WriteStartObject(name);
        foreach (var field in outer.EnumerateObject())
        {
            if (!own.TryGetProperty(field.Name, out _))
            {
                field.WriteTo(writer);
            }
        }
        foreach (var field in own.EnumerateObject())
        {
            field.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteWithErrors(Utf8JsonWriter writer, string name, JsonElement original, IReadOnlyList<ValidationProblem> problems)
    {
        writer.WriteStartObject(name);
        if (original.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in original.EnumerateObject())
            {
                if (field.Name != "validation_errors")
                {
                    field.WriteTo(writer);
                }
            }
        }
        writer.WriteStartArray("validation_errors");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("pointer", problem.Pointer);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
