namespace Reflekt.Server.Reflection;

/// <summary>The REFLECTION_* environment variables, turned into configuration keys of <see cref="ReflectionOptions"/>.</summary>
public static class ReflectionEnvironment
{
    /// <summary>The default of <c>reflekt serve --reflect-source</c>; resolved through the project's profile like the flag.</summary>
    public const string SourceVariable = "REFLECTION_SOURCE";

    /// <summary>
    /// Removed: reflection no longer bypasses the profile. Still recognised, so a server configured the old way
    /// stops with a message saying what to do instead of silently not reflecting.
    /// </summary>
    public static IReadOnlyList<string> RemovedVariables { get; } = ["REFLECTION_CONNECTION_STRING", "REFLECTION_WAREHOUSE_TYPE"];

    private static readonly (string Variable, string Key)[] Map =
    [
        ("REFLECTION_INTERVAL", nameof(ReflectionOptions.Interval)),
        ("REFLECTION_PARALLELISM", nameof(ReflectionOptions.Parallelism)),
        ("REFLECTION_TABLE_TIMEOUT", nameof(ReflectionOptions.TableTimeout)),
        ("REFLECTION_DAYS", nameof(ReflectionOptions.Days)),
        ("REFLECTION_STALE_AFTER", nameof(ReflectionOptions.StaleAfter)),
        ("REFLECTION_DATA_DIR", nameof(ReflectionOptions.DataDirectory)),
        ("REFLECTION_SDK", nameof(ReflectionOptions.Sdk)),
    ];

    /// <summary>Configuration pairs for the variables that are set (read through <paramref name="variable"/>).</summary>
    public static IReadOnlyDictionary<string, string?> Read(Func<string, string?> variable)
    {
        var pairs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, key) in Map)
        {
            if (variable(name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value))
            {
                pairs[$"{ReflectionOptions.Section}:{key}"] = value.Trim();
            }
        }

        return pairs;
    }
}
