namespace Reflekt.Schemas.Calls;

/// <summary>
/// What the Segment spec says about each <see cref="CallType"/>: its wire name (the <c>type</c> field), the object a
/// schema describes, and which call an event schema stands for, judged by its name.
/// </summary>
public static class CallTypes
{
    // Event names that are really other Segment calls, keyed by their snake_case form. An exact lookup,
    // never substring replacement (upstream turned "Group Joined" into "groups_joined").
    private static readonly Dictionary<string, CallType> CallTypeByEventName = new(StringComparer.Ordinal)
    {
        ["identify"] = CallType.Identify,
        ["group"] = CallType.Group,
        ["page_viewed"] = CallType.Page,
        ["screen_viewed"] = CallType.Screen,
    };

    /// <summary>Every call type, in the enum's order.</summary>
    public static IReadOnlyList<CallType> All { get; } = Enum.GetValues<CallType>();

    /// <summary>Segment's wire name, the value of a message's <c>type</c>: <c>track</c>, <c>identify</c>….</summary>
    public static string WireName(this CallType type) => type switch
    {
        CallType.Track => "track",
        CallType.Identify => "identify",
        CallType.Group => "group",
        CallType.Page => "page",
        CallType.Screen => "screen",
        CallType.Alias => "alias",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Reads a wire name (exact, lower case as Segment sends it).</summary>
    public static bool TryParse(string? wireName, out CallType type)
    {
        foreach (var candidate in All)
        {
            if (candidate.WireName() == wireName)
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>The object of a message an event schema describes: <c>properties</c> for track/page/screen, <c>traits</c> for identify/group, none for alias.</summary>
    public static string? PayloadField(this CallType type) => type switch
    {
        CallType.Track or CallType.Page or CallType.Screen => "properties",
        CallType.Identify or CallType.Group => "traits",
        CallType.Alias => null,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The call an event schema describes, from its event name (<c>self.name</c>): <c>Identify</c>, <c>Group</c>,
    /// <c>Page Viewed</c> and <c>Screen Viewed</c> (in any casing that snake-cases alike) name those calls; every other
    /// name is a track event.
    /// </summary>
    public static CallType OfEventName(string eventName) =>
        CallTypeByEventName.TryGetValue(Naming.GoSnakeCase.Convert(eventName), out var callType) ? callType : CallType.Track;

    /// <summary>The event name a schema for a call without its own name carries (<c>Page Viewed</c> for an unnamed page); null for track and alias.</summary>
    public static string? DefaultEventName(this CallType type) => type switch
    {
        CallType.Identify => "Identify",
        CallType.Group => "Group",
        CallType.Page => "Page Viewed",
        CallType.Screen => "Screen Viewed",
        _ => null,
    };
}
