namespace Reflekt.Registries.Avo;

/// <summary>How to reach an Avo workspace's export API (profile entry <c>type: avo</c>) and its branch ids.</summary>
public sealed record AvoSettings(string WorkspaceId, string ServiceAccountName, string ServiceAccountSecret)
{
    public static Uri DefaultBaseUrl { get; } = new("https://api.avo.app");

    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Branch name → Avo branch id (<c>registry.avo.branches</c> in reflekt_project.yml); <c>main</c> is always <c>main</c>.</summary>
    public IReadOnlyDictionary<string, string> Branches { get; init; } = new Dictionary<string, string>();
}
