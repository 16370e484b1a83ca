using Reflekt.Diagnostics;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>Where an event goes: valid, invalid (with its problems), or refused (no schema under the reject policy).</summary>
internal readonly record struct RoutingDecision(Routing Routing, IReadOnlyList<Diagnostic> Problems, string? SchemaId)
{
    public static RoutingDecision Valid(string? schemaId) => new(Routing.Valid, [], schemaId);

    public static RoutingDecision Invalid(string? schemaId, IReadOnlyList<Diagnostic> problems) =>
        new(Routing.Invalid, problems, schemaId);

    public static RoutingDecision Reject(string reason) => new(Routing.Reject, [ValidationRules.Finding(ValidationRules.NoSchema, reason)], null);
}

/// <summary>The three outcomes of routing one event.</summary>
internal enum Routing
{
    Valid,
    Invalid,
    Reject,
}
