namespace Reflekt.Schemas.Naming;

/// <summary>RudderStack's standard columns: Segment's common ones less Protocols, plus its routing context.</summary>
internal static class RudderStackStandardColumns
{
    private static readonly StandardColumn[] Extra =
    [
        new("context_source_id", "The ID of the RudderStack source that sent the event.", "string"),
        new("context_source_type", "The type of the RudderStack source that sent the event.", "string"),
        new("context_destination_id", "The ID of the RudderStack destination that loaded the event.", "string"),
        new("context_destination_type", "The type of the RudderStack destination that loaded the event.", "string"),
        new("context_request_ip", "IP address of the request that delivered the event to RudderStack.", "string"),
        new("context_passed_ip", "IP address passed in the event's context, if any.", "string"),
    ];

    public static readonly IReadOnlyList<StandardColumn> All =
    [
        .. SegmentStandardColumns.All.Where(c => !c.Name.StartsWith("context_protocols_", StringComparison.Ordinal)),
        .. Extra,
    ];
}
