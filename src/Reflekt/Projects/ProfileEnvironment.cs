namespace Reflekt.Projects;

/// <summary>
/// The only place the library reads environment variables: <c>REFLEKT_PROFILES_PATH</c> and the variables
/// that profile secrets name (<c>{{ env_var('NAME') }}</c>, <c>${NAME}</c>). Tests pass their own lookup.
/// </summary>
public sealed class ProfileEnvironment
{
    /// <summary>Overrides <c>profiles_path</c> of the project when set and not empty.</summary>
    public const string ProfilesPathVariable = "REFLEKT_PROFILES_PATH";

    private readonly Func<string, string?> _lookup;

    public ProfileEnvironment(Func<string, string?> lookup, string? homeDirectory = null)
    {
        _lookup = lookup;
        HomeDirectory = homeDirectory ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }

    /// <summary>The real process environment.</summary>
    public static ProfileEnvironment Process { get; } = new(Environment.GetEnvironmentVariable);

    /// <summary>An environment with exactly these variables (tests).</summary>
    public static ProfileEnvironment FromVariables(IReadOnlyDictionary<string, string> variables, string? homeDirectory = null) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null, homeDirectory);

    /// <summary>The home directory used to expand <c>~</c> in paths.</summary>
    public string HomeDirectory { get; }

    /// <summary>The value of a variable, or null when it is not set.</summary>
    public string? GetVariable(string name) => _lookup(name);

    /// <summary><c>REFLEKT_PROFILES_PATH</c>, or null when unset or empty.</summary>
    public string? ProfilesPathOverride => GetVariable(ProfilesPathVariable) is { Length: > 0 } path ? path : null;

    /// <summary>Expands a leading <c>~</c> and makes the path absolute relative to <paramref name="baseDirectory"/>.</summary>
    public string ResolvePath(string path, string baseDirectory)
    {
        if (path == "~")
        {
            return HomeDirectory;
        }

        if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            path = Path.Combine(HomeDirectory, path[2..]);
        }

        return Path.GetFullPath(path, baseDirectory);
    }
}
