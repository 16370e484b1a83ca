namespace Reflekt.Server;

/// <summary>The one place that knows the seed's environment variable names; `reflekt serve` flags override them.</summary>
public static class ServerEnvironment
{
    public const string WriteKey = "REGISTRY_WRITE_KEY";
    public const string ValidWriteKey = "SEGMENT_WRITE_KEY_VALID";
    public const string InvalidWriteKey = "SEGMENT_WRITE_KEY_INVALID";
    public const string SegmentApiHost = "SEGMENT_API_HOST";
    public const string AdminToken = "REGISTRY_ADMIN_TOKEN";
    public const string SpoolDirectory = "REGISTRY_SPOOL_DIR";

    /// <summary>Settings from the environment (read through <paramref name="variable"/>), defaults elsewhere.</summary>
    public static ReflektServerSettings Read(Func<string, string?> variable)
    {
        var defaults = new ReflektServerSettings();
        return defaults with
        {
            WriteKey = NonEmpty(variable(WriteKey)),
            ValidWriteKey = NonEmpty(variable(ValidWriteKey)),
            InvalidWriteKey = NonEmpty(variable(InvalidWriteKey)),
            SegmentApiHost = NonEmpty(variable(SegmentApiHost)) ?? defaults.SegmentApiHost,
            AdminToken = NonEmpty(variable(AdminToken)),
            SpoolDirectory = NonEmpty(variable(SpoolDirectory)) ?? defaults.SpoolDirectory,
            Configuration = Reflection.ReflectionEnvironment.Read(variable),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
