namespace Reflekt.Registries.Segment.Internal;

/// <summary>Segment Protocols rule types (contracts.md §1.3) and which part of the message each one constrains.</summary>
internal static class SegmentRuleType
{
    public const string Track = "TRACK";
    public const string Identify = "IDENTIFY";
    public const string Group = "GROUP";
    public const string Page = "PAGE";
    public const string Screen = "SCREEN";
    public const string Common = "COMMON";

    /// <summary>The rule type a Reflekt schema becomes, from its <c>self.name</c>.</summary>
    public static string FromSchemaName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "identify" => Identify,
        "group" => Group,
        "page viewed" or "page" => Page,
        "screen viewed" or "screen" => Screen,
        _ => Track,
    };

    /// <summary>The Reflekt event name for a keyless rule of this type.</summary>
    public static string DefaultName(string type) => type switch
    {
        Identify => "Identify",
        Group => "Group",
        Page => "Page Viewed",
        Screen => "Screen Viewed",
        _ => type,
    };

    /// <summary>IDENTIFY/GROUP constrain <c>traits</c>; TRACK/PAGE/SCREEN constrain <c>properties</c>.</summary>
    public static string Section(string type) => type is Identify or Group ? "traits" : "properties";

    /// <summary>Only TRACK rules carry a key; the others apply to every call of their type.</summary>
    public static bool HasKey(string type) => type == Track;

    public static string DefaultDescription(string type) => type switch
    {
        Identify => "Segment identify() call.",
        Group => "Segment group() call.",
        Page => "Segment page() call.",
        Screen => "Segment screen() call.",
        _ => "",
    };
}
