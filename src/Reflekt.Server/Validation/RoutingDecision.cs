using Reflekt.Diagnostics;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>
/// Where an event goes: valid, invalid (with its problems), or refused (no schema under the reject policy). When the
/// router looked the schema up by name, <see cref="EventName"/> is that name, so the violation counter need not read
/// it from the message again; null when no name was looked up (a pinned event, one that is not valid Unicode, alias).
/// </summary>
internal readonly record struct RoutingDecision(Routing Routing, IReadOnlyList<Diagnostic> Problems, string? SchemaId, string? EventName = null)
{
    public static RoutingDecision Valid(string? schemaId, string? eventName = null) => new(Routing.Valid, [], schemaId, eventName);

    public static RoutingDecision Invalid(string? schemaId, IReadOnlyList<Diagnostic> problems, string? eventName = null) =>
        new(Routing.Invalid, problems, schemaId, eventName);

    public static RoutingDecision Reject(string reason, string? eventName) =>
        new(Routing.Reject, [ValidationRules.Finding(ValidationRules.NoSchema, reason)], null, eventName);
}

/// <summary>The three outcomes of routing one event.</summary>
internal enum Routing
{
    Valid,
    Invalid,
    Reject,
}
