using System.Buffers;
using System.Text.Json;

namespace Reflekt.Schemas.Calls;

/// <summary>
/// One Segment call as validation reads it: its type, the payload an event schema describes, the schema it pins and
/// the event name its schema is looked up by. `reflekt validate` and the registry server both read calls through
/// this type, so they judge the same call alike.
/// </summary>
public readonly struct SegmentCall
{
    // An absent or null payload is validated as `{}`: Segment's libraries send no properties as `{}`, and `required`
    // must still catch an event that carries none.
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    private SegmentCall(CallType type, JsonElement message)
    {
        Type = type;
        Message = message;
    }

    /// <summary>The call's type.</summary>
    public CallType Type { get; }

    /// <summary>The whole message, as received.</summary>
    public JsonElement Message { get; }

    /// <summary>A call whose type is known from elsewhere (the endpoint it arrived on, or its <c>type</c> already read).</summary>
    public static SegmentCall Of(CallType type, JsonElement message) => new(type, message);

    /// <summary>
    /// Reads a call from its <c>type</c> field; a message without one (an export that dropped it) is a track call
    /// when it has an <c>event</c> and an identify call when it has <c>traits</c>. False when the message is not an
    /// object or says no call type this reads.
    /// </summary>
    public static bool TryRead(JsonElement message, out SegmentCall call)
    {
        call = default;
        if (message.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        var typeName = StringProperty(message, "type");
        CallType type;
        if (typeName is not null)
        {
            if (!CallTypes.TryParse(typeName, out type))
            {
                return false;
            }
        }
        else if (message.TryGetProperty("event", out _))
        {
            type = CallType.Track;
        }
        else if (message.TryGetProperty("traits", out _))
        {
            type = CallType.Identify;
        }
        else
        {
            return false;
        }
        call = new SegmentCall(type, message);
        return true;
    }

    /// <summary>Where the validated payload sits in the message (<c>/properties</c>, <c>/traits</c>); null for alias, which has none.</summary>
    public string? PayloadPointer => Type.PayloadField() is { } name ? "/" + name : null;

    /// <summary>
    /// The object the event's schema validates: <c>properties</c> or <c>traits</c>, <c>{}</c> when absent or null,
    /// without <c>schema_id</c> — the routing key, not a property of the event (validating it would fail every
    /// pinned event of a schema with <c>additionalProperties: false</c>). Undefined for alias.
    /// </summary>
    public JsonElement ValidatedPayload
    {
        get
        {
            var payload = Payload;
            if (Type.PayloadField() is null)
            {
                return default;
            }
            return payload.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? EmptyObject : WithoutSchemaId(payload);
        }
    }

    /// <summary>The schema the call pins with <c>schema_id</c>, in its payload or else in its <c>context</c>.</summary>
    public string? SchemaId => StringProperty(Payload, "schema_id") ?? StringProperty(Context, "schema_id");

    /// <summary>
    /// The event name the call's schema is found by: a track call's <c>event</c>; a page's or screen's <c>name</c>,
    /// else <c>Page Viewed</c>/<c>Screen Viewed</c>; <c>Identify</c>, <c>Group</c>.
    /// </summary>
    public string? EventName => Type switch
    {
        CallType.Track => StringProperty(Message, "event"),
        CallType.Page or CallType.Screen => StringProperty(Message, "name") ?? Type.DefaultEventName(),
        _ => Type.DefaultEventName(),
    };

    private JsonElement Payload =>
        Type.PayloadField() is { } name && Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty(name, out var value) ? value : default;

    private JsonElement Context =>
        Message.ValueKind == JsonValueKind.Object && Message.TryGetProperty("context", out var context) ? context : default;

    // Only a payload that carries schema_id is copied; every other event is validated in place.
    private static JsonElement WithoutSchemaId(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("schema_id", out _))
        {
            return payload;
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in payload.EnumerateObject())
            {
                if (!property.NameEquals("schema_id"))
                {
                    property.WriteTo(writer);
                }
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement;
    }

    private static string? StringProperty(JsonElement container, string name) =>
        container.ValueKind == JsonValueKind.Object && container.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
