using System.Text.Json;
using Microsoft.Extensions.Options;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Options;

namespace Reflekt.Server.Validation;

/// <summary>
/// Finds an event's schema and decides its route. The schema is named by `schema_id` in `properties`
/// (track/page/screen), `traits` (identify/group) or `context`; without one, the latest version of the
/// schema whose name matches the event (track: `event`; page/screen: `name`, then `Page Viewed` /
/// `Screen Viewed`; identify: `Identify`; group: `Group`). Alias carries no payload and is always valid.
/// </summary>
internal sealed class EventRouter(IOptions<IngestionOptions> options)
{
    // An event without `properties`/`traits` is validated as `{}`, so `required` still catches it.
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    private readonly MissingSchemaPolicy _policy = options.Value.MissingSchemaPolicy;

    public RoutingDecision Route(SchemaSnapshot schemas, CallType type, JsonElement message, TrackingBody body)
    {
        // Checked first: a string that is not Unicode cannot be read as a name, an id or a value.
        if (UnicodeCheck.FindInvalid(message, body) is { } pointer)
        {
            return RoutingDecision.Invalid(null, [new ValidationProblem(pointer, "not valid Unicode")]);
        }
        var decision = RouteBySchema(schemas, type, message);
        // Segment drops an event that names nobody, whatever its schema says: it must not be counted as delivered.
        return decision.Routing == Routing.Reject || HasIdentity(message)
            ? decision
            : RoutingDecision.Invalid(decision.SchemaId, [MissingIdentity, .. decision.Problems]);
    }

    private static readonly ValidationProblem MissingIdentity =
        new("/userId", "neither userId nor anonymousId is set (Segment drops such events)");

    private static bool HasIdentity(JsonElement message) =>
        IsIdentity(message, "userId") || IsIdentity(message, "anonymousId");

    private static bool IsIdentity(JsonElement message, string name) =>
        message.TryGetProperty(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.String => !value.ValueEquals(""),
            JsonValueKind.Number => true,
            _ => false,
        };

    private RoutingDecision RouteBySchema(SchemaSnapshot schemas, CallType type, JsonElement message)
    {
        var field = type.PayloadField();
        if (field is null)
        {
            return RoutingDecision.Valid(null);
        }
        var payload = message.TryGetProperty(field, out var value) ? value : default;
        var explicitId = SchemaIdIn(payload) ?? SchemaIdIn(message.TryGetProperty("context", out var context) ? context : default);
        SchemaEntry? schema;
        if (explicitId is not null)
        {
            if (!schemas.ById.TryGetValue(explicitId, out schema))
            {
                // The event names a schema we do not have: it cannot be trusted as valid, whatever the policy.
                return RoutingDecision.Invalid(explicitId, [new ValidationProblem("/schema_id", $"schema \"{explicitId}\" is not known to the registry")]);
            }
        }
        else
        {
            schema = FindByName(schemas, type, message);
            if (schema is null)
            {
                return Missing(type, message);
            }
        }
        var instance = payload.ValueKind == JsonValueKind.Undefined ? EmptyObject : WithoutSchemaId(payload);
        return schema.Validator.IsValid(instance)
            ? RoutingDecision.Valid(schema.Id)
            : RoutingDecision.Invalid(schema.Id, schema.Validator.Problems(instance));
    }

    private RoutingDecision Missing(CallType type, JsonElement message)
    {
        var reason = $"no schema found for {type.WireName()} \"{NameOf(type, message) ?? ""}\"";
        return _policy switch
        {
            MissingSchemaPolicy.ForwardValid => RoutingDecision.Valid(null),
            MissingSchemaPolicy.Reject => RoutingDecision.Reject(reason),
            _ => RoutingDecision.Invalid(null, [new ValidationProblem("", reason)]),
        };
    }

    // A schema's name says which call it describes (CallTypes.OfEventName): a page named "Order Completed" is not
    // checked against the track event of that name, and a track event named "Page Viewed" finds no page schema.
    private static SchemaEntry? FindByName(SchemaSnapshot schemas, CallType type, JsonElement message)
    {
        var name = NameOf(type, message);
        if (name is not null && CallTypes.OfEventName(name) == type && schemas.LatestFor(name) is { } named)
        {
            return named;
        }
        return type == CallType.Track || type.DefaultEventName() is not { } fallback ? null : schemas.LatestFor(fallback);
    }

    private static string? NameOf(CallType type, JsonElement message) => type switch
    {
        CallType.Track => StringProperty(message, "event"),
        CallType.Page or CallType.Screen => StringProperty(message, "name") ?? type.DefaultEventName(),
        _ => type.DefaultEventName(),
    };

    // schema_id is the routing key, not a property of the event: validating it would fail every pinned event of a
    // schema with additionalProperties: false. Only a payload that carries it is copied.
    private static JsonElement WithoutSchemaId(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("schema_id", out _))
        {
            return payload;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
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

    private static string? SchemaIdIn(JsonElement container) => StringProperty(container, "schema_id");

    private static string? StringProperty(JsonElement container, string name) =>
        container.ValueKind == JsonValueKind.Object && container.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
