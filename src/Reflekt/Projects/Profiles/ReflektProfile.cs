using Reflekt.Warehouses;

namespace Reflekt.Projects.Profiles;

/// <summary>One profile of <c>reflekt_profiles.yml</c>: warehouse sources and schema registries, secrets resolved.</summary>
public sealed record ReflektProfile
{
    /// <summary>The profile name (its top-level key).</summary>
    public required string Name { get; init; }

    /// <summary>Absolute path of the profiles file it came from.</summary>
    public required string FilePath { get; init; }

    /// <summary>Upstream's telemetry opt-out; kept for compatibility (we send no telemetry).</summary>
    public bool DoNotTrack { get; init; }

    /// <summary>Warehouse sources, in file order; ids are unique.</summary>
    public IReadOnlyList<SourceProfile> Sources { get; init; } = [];

    /// <summary>Schema registries, in file order.</summary>
    public IReadOnlyList<RegistryProfile> Registries { get; init; } = [];

    /// <summary>Sources and registries left unread because an environment variable they name is not set.</summary>
    public IReadOnlyList<UnresolvedEntry> Unresolved { get; init; } = [];

    /// <summary>Throws the unset-variable error of the source with this id (or the registry of this type), if it has one.</summary>
    /// <exception cref="ReflektException">The entry names an environment variable that is not set.</exception>
    public void RequireResolved(string kind, string name)
    {
        if (Unresolved.FirstOrDefault(u => u.Kind == kind && u.Name == name) is { } entry)
        {
            throw entry.Error;
        }
    }

    /// <summary>The source with this id.</summary>
    /// <exception cref="ReflektException">No such source in the profile, or its environment variables are not set.</exception>
    public SourceProfile GetSource(string id)
    {
        RequireResolved("source", id);
        return Sources.FirstOrDefault(s => s.Id == id) ?? throw new ReflektException(
            $"Source '{id}' not found in profile '{Name}' in {FilePath} (sources: {(Sources.Count == 0 ? "none" : string.Join(", ", Sources.Select(s => s.Id)))})");
    }

    /// <summary>The source an address names (<c>--source</c>, <c>--reflect-source</c>).</summary>
    /// <exception cref="ReflektException">No source with the address's id in the profile, or its environment variables are not set.</exception>
    public SourceProfile SourceFor(SourceAddress address, string option = "--source")
    {
        RequireResolved("source", address.SourceId);
        return Sources.FirstOrDefault(s => s.Id == address.SourceId) ?? throw new ReflektException(
            $"Invalid argument '{option} {address}'. source id '{address.SourceId}' does not match a 'source:' configuration in {FilePath}. source argument must follow the format: {SourceAddress.Form}");
    }

    /// <summary>The first registry of a type, or null.</summary>
    public T? FindRegistry<T>() where T : RegistryProfile => Registries.OfType<T>().FirstOrDefault();

    /// <summary>Reads the named profile (or the project's <c>default_profile</c>) from the project's profiles file.</summary>
    /// <exception cref="ReflektException">Missing file, unknown profile, invalid settings, duplicate source ids, or a missing environment variable.</exception>
    public static ReflektProfile Load(ReflektProject project, string? profileName = null, ProfileEnvironment? environment = null) =>
        ProfileFileReader.Read(project, profileName ?? project.DefaultProfile, environment ?? ProfileEnvironment.Process);
}
