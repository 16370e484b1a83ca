namespace Reflekt.Projects.Profiles;

/// <summary>Segment Protocols through the Segment Public API (<c>type: segment</c>).</summary>
public sealed record SegmentRegistry : RegistryProfile
{
    public override string Type => "segment";

    /// <summary>Public API token with Tracking Plan Admin access.</summary>
    public required Secret ApiToken { get; init; }

    /// <summary>API base URL override (a local stand-in); null for <c>https://api.segmentapis.com</c>.</summary>
    public string? ApiUrl { get; init; }

    public override string Describe() => ApiUrl is null ? "segment" : $"segment ({ApiUrl})";
}
