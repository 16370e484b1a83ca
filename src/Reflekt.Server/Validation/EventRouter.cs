using System.Text.Json;
using Microsoft.Extensions.Options;
using Reflekt.Diagnostics;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Options;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>
/// Finds an event's schema and decides its route. The schema is named by `schema_id` in `properties`
/// (track/page/screen), `traits` (identify/group) or `context`; without one, the latest version of the
/// schema whose name matches the event (track: `event`; page/screen: `name`, then `Page Viewed` /
/// `Screen Viewed`; identify: `Identify`; group: `Group`). Alias carries no payload and is always valid.
/// </summary>
internal sealed class EventRouter(IOptions<IngestionOptions> options)
{
    private readonly MissingSchemaPolicy _policy = options.Value.MissingSchemaPolicy;

    public RoutingDecision Route(SchemaSnapshot schemas, CallType type, JsonElement message, TrackingBody body)
    {
        // Checked first: a string that is not Unicode cannot be read as a name, an id or a value.
        if (UnicodeCheck.FindInvalid(message, body) is { } pointer)
        {
            return RoutingDecision.Invalid(null, [ValidationRules.Finding(ValidationRules.NotUnicode, "not valid Unicode", pointer)]);
        }
        var decision = RouteBySchema(schemas, type, message);
        // Segment drops an event that names nobody, whatever its schema says: it must not be counted as delivered.
        return decision.Routing == Routing.Reject || HasIdentity(message)
            ? decision
            : decision with { Routing = Routing.Invalid, Problems = [MissingIdentity, .. decision.Problems] };
    }

    private static readonly Diagnostic MissingIdentity =
        ValidationRules.Finding(ValidationRules.NoIdentity, "neither userId nor anonymousId is set (Segment drops such events)", "/userId");

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
        var call = SegmentCall.Of(type, message);
        if (call.PayloadPointer is null)
        {
            return RoutingDecision.Valid(null);
        }
        var explicitId = call.SchemaId;
        SchemaEntry? schema;
        string? name = null; // read only to find the schema by name; carried in the decision for the violation counter
        if (explicitId is not null)
        {
            if (!schemas.ById.TryGetValue(explicitId, out schema))
            {
                // The event names a schema we do not have: it cannot be trusted as valid, whatever the policy.
                return RoutingDecision.Invalid(explicitId, [ValidationRules.Finding(ValidationRules.UnknownSchema, $"schema \"{explicitId}\" is not known to the registry", "/schema_id")]);
            }
        }
        else
        {
            name = call.EventName;
            schema = FindByName(schemas, call.Type, name);
            if (schema is null)
            {
                return Missing(call.Type, name);
            }
        }
        var instance = call.ValidatedPayload;
        return schema.Validator.IsValid(instance)
            ? RoutingDecision.Valid(schema.Id, name)
            : RoutingDecision.Invalid(schema.Id, schema.Validator.Problems(instance), name);
    }

    private RoutingDecision Missing(CallType type, string? name)
    {
        var reason = $"no schema found for {type.WireName()} \"{name ?? ""}\"";
        return _policy switch
        {
            MissingSchemaPolicy.ForwardValid => RoutingDecision.Valid(null, name),
            MissingSchemaPolicy.Reject => RoutingDecision.Reject(reason, name),
            _ => RoutingDecision.Invalid(null, [ValidationRules.Finding(ValidationRules.NoSchema, reason)], name),
        };
    }

    // A schema's name says which call it describes (CallTypes.OfEventName): a page named "Order Completed" is not
    // checked against the track event of that name, and a track event named "Page Viewed" finds no page schema.
    private static SchemaEntry? FindByName(SchemaSnapshot schemas, CallType type, string? name)
    {
        if (name is not null && CallTypes.OfEventName(name) == type && schemas.LatestFor(name) is { } named)
        {
            return named;
        }
        return type == CallType.Track || type.DefaultEventName() is not { } fallback ? null : schemas.LatestFor(fallback);
    }
}
