namespace Reflekt.Projects;

/// <summary>The project's <c>registry:</c> block (safe to commit; credentials live in the profile).</summary>
/// <param name="AvoBranches">Avo branch name → branch id (<c>main</c> always means the main branch).</param>
public sealed record RegistrySettings(IReadOnlyDictionary<string, string> AvoBranches)
{
    /// <summary>No registry settings.</summary>
    public static RegistrySettings Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));
}
