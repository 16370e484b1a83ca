namespace Reflekt.Server.Ingestion;

/// <summary>The Segment call types the tracking endpoints accept.</summary>
internal enum CallType
{
    Track,
    Identify,
    Page,
    Screen,
    Group,
    Alias,
}

/// <summary>Segment's wire names of <see cref="CallType"/>.</summary>
internal static class CallTypes
{
    public static string WireName(this CallType type) => type switch
    {
        CallType.Track => "track",
        CallType.Identify => "identify",
        CallType.Page => "page",
        CallType.Screen => "screen",
        CallType.Group => "group",
        CallType.Alias => "alias",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool TryParse(string? name, out CallType type)
    {
        switch (name)
        {
            case "track": type = CallType.Track; return true;
            case "identify": type = CallType.Identify; return true;
            case "page": type = CallType.Page; return true;
            case "screen": type = CallType.Screen; return true;
            case "group": type = CallType.Group; return true;
            case "alias": type = CallType.Alias; return true;
            default: type = default; return false;
        }
    }

    /// <summary>The object a schema describes: `properties` for track/page/screen, `traits` for identify/group, none for alias.</summary>
    public static string? PayloadField(this CallType type) => type switch
    {
        CallType.Track or CallType.Page or CallType.Screen => "properties",
        CallType.Identify or CallType.Group => "traits",
        _ => null,
    };
}
