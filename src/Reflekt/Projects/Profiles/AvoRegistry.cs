namespace Reflekt.Projects.Profiles;

/// <summary>Avo's export API (<c>type: avo</c>, pull only).</summary>
public sealed record AvoRegistry : RegistryProfile
{
    public override string Type => "avo";

    public required string WorkspaceId { get; init; }

    public required string ServiceAccountName { get; init; }

    public required Secret ServiceAccountSecret { get; init; }

    /// <summary>API base URL override (a local stand-in); null for Avo's.</summary>
    public string? ApiUrl { get; init; }

    public override string Describe() => $"avo workspace {WorkspaceId} as {ServiceAccountName}";
}
