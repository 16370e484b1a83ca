namespace Reflekt.Server.Reflection;

/// <summary>The REFLECTION_* environment variables, turned into configuration keys of <see cref="ReflectionOptions"/>.</summary>
public static class ReflectionEnvironment
{
    private static readonly (string Variable, string Key)[] Map =
    [
        ("REFLECTION_INTERVAL", nameof(ReflectionOptions.Interval)),
        ("REFLECTION_PARALLELISM", nameof(ReflectionOptions.Parallelism)),
        ("REFLECTION_TABLE_TIMEOUT", nameof(ReflectionOptions.TableTimeout)),
        ("REFLECTION_DAYS", nameof(ReflectionOptions.Days)),
        ("REFLECTION_STALE_AFTER", nameof(ReflectionOptions.StaleAfter)),
        ("REFLECTION_DATA_DIR", nameof(ReflectionOptions.DataDirectory)),
        ("REFLECTION_WAREHOUSE_TYPE", nameof(ReflectionOptions.WarehouseType)),
        ("REFLECTION_CONNECTION_STRING", nameof(ReflectionOptions.ConnectionString)),
        ("REFLECTION_SOURCE", nameof(ReflectionOptions.Source)),
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
