using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Reflekt.Docs.Model;

namespace Reflekt.Violations;

/// <summary>
/// One way live events break the plan: events of a schema (or, unplanned, of an event name) failing the same kind of
/// check at the same pointer, counted per hour, with one masked sample.
/// </summary>
/// <param name="SchemaId">The schema the events were checked against; null when no schema matched.</param>
/// <param name="Event">The event name the events carried, when they had one.</param>
/// <param name="Pointer">JSON pointer of the offending value in the event ("" for the event as a whole).</param>
/// <param name="Kind">The failing JSON Schema keyword (<c>enum</c>, <c>type</c>, <c>required</c>…) or a routing check (<see cref="ViolationKinds"/>).</param>
/// <param name="Message">The validator's message for the latest such event.</param>
/// <param name="Count">Events in the window.</param>
/// <param name="FirstSeen">When the first such event arrived (ever, not only in the window).</param>
/// <param name="LastSeen">When the latest arrived.</param>
/// <param name="Hourly">Counts per UTC hour of the window, oldest first; hours without events are left out.</param>
/// <param name="Sample">One such event, truncated, with the configured personal properties masked.</param>
public sealed record Violation(
    [property: JsonPropertyName("schema_id")] string? SchemaId,
    [property: JsonPropertyName("event")] string? Event,
    [property: JsonPropertyName("pointer")] string Pointer,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("first_seen")] DateTimeOffset FirstSeen,
    [property: JsonPropertyName("last_seen")] DateTimeOffset LastSeen,
    [property: JsonPropertyName("hourly")] IReadOnlyList<HourlyCount> Hourly,
    [property: JsonPropertyName("sample")] JsonObject? Sample)
{
    /// <summary>The row as the docs site shows it: an unplanned event is listed under its name.</summary>
    public EventViolation ToEventViolation() =>
        new(SchemaId ?? Event ?? "", Pointer, Message, Count, LastSeen.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Events of one UTC hour (the hour's start).</summary>
public sealed record HourlyCount(
    [property: JsonPropertyName("hour")] DateTimeOffset Hour,
    [property: JsonPropertyName("count")] long Count);
