namespace Reflekt.Registries.Segment;

/// <summary>How to reach a Segment workspace's Public API (profile entry <c>type: segment</c>).</summary>
public sealed record SegmentSettings(string ApiToken)
{
    /// <summary>US workspaces; EU workspaces use <c>https://eu1.api.segmentapis.com</c>.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://api.segmentapis.com");

    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Items asked for per page when listing plans and rules (Segment allows 1..1000).</summary>
    public int PageSize { get; init; } = 200;
}
