using System.Globalization;
using Reflekt.Server.Endpoints;
using Reflekt.Server.Options;
using Reflekt.Server.Reflection;
using Reflekt.Server.Validation;

namespace Reflekt.Server;

/// <summary>Everything `reflekt serve` (or a test) decides about one server: where it listens, its keys, its folders.</summary>
public sealed record ReflektServerSettings
{
    /// <summary>Address to listen on; loopback by default.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; 0 picks a free port (tests).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>REGISTRY_WRITE_KEY: the key SDKs send to this server.</summary>
    public string? WriteKey { get; init; }

    /// <summary>SEGMENT_WRITE_KEY_VALID.</summary>
    public string? ValidWriteKey { get; init; }

    /// <summary>SEGMENT_WRITE_KEY_INVALID.</summary>
    public string? InvalidWriteKey { get; init; }

    /// <summary>SEGMENT_API_HOST: base URL events are forwarded to.</summary>
    public string SegmentApiHost { get; init; } = "https://api.segment.io";

    /// <summary>REGISTRY_ADMIN_TOKEN: bearer token of the schema API.</summary>
    public string? AdminToken { get; init; }

    /// <summary>REGISTRY_SPOOL_DIR.</summary>
    public string SpoolDirectory { get; init; } = ".reflekt-spool";

    /// <summary>`--spool-max-bytes`: the most the spool's segment files may hold; 0 leaves only the disk as the bound.</summary>
    public long SpoolMaxBytes { get; init; }

    /// <summary>`--unhealthy-after`: how long forwarding may fail before GET /health reports unhealthy.</summary>
    public TimeSpan UnhealthyAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The schemas directory served (a project's `schemas/`, or `--schemas DIR`).</summary>
    public string? SchemasDirectory { get; init; }

    public MissingSchemaPolicy MissingSchemaPolicy { get; init; } = MissingSchemaPolicy.ForwardInvalid;

    /// <summary>`--formats`: whether event schemas' `format` is asserted (default) or only annotates, as in `reflekt validate`.</summary>
    public Reflekt.Validation.FormatPolicy Formats { get; init; } = Reflekt.Validation.FormatPolicy.Assert;

    /// <summary>`--cors-origins`: which pages may call the tracking endpoints from a browser; any origin by default.</summary>
    public CorsOrigins CorsOrigins { get; init; } = CorsOrigins.Any;

    /// <summary>`--violations-mask-properties`: property names (comma-separated, any depth) whose values violation samples mask.</summary>
    public string ViolationMaskProperties { get; init; } = Violations.ViolationOptions.DefaultMaskProperties;

    /// <summary>With `--s3`: the mirror already pulled into <see cref="SchemasDirectory"/>, kept up to date while serving.</summary>
    public S3SchemaMirror? SchemaMirror { get; init; }

    /// <summary>How often <see cref="SchemaMirror"/> asks S3 what changed; zero turns refreshing off.</summary>
    public TimeSpan SchemaMirrorRefresh { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>`--reflect-source`: the profile source the reflection loop reflects; null leaves the loop off.</summary>
    public ReflectionSource? ReflectionSource { get; init; }

    /// <summary>Further configuration keys (e.g. "Forwarding:MaxBackoff"), applied last.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();

    internal IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        yield return new($"{IngestionOptions.Section}:{nameof(IngestionOptions.WriteKey)}", WriteKey);
        yield return new($"{IngestionOptions.Section}:{nameof(IngestionOptions.MissingSchemaPolicy)}", MissingSchemaPolicy.ToString());
        yield return new($"{IngestionOptions.Section}:{nameof(IngestionOptions.CorsOrigins)}", CorsOrigins.ToString());
        yield return new($"{ForwardingOptions.Section}:{nameof(ForwardingOptions.ApiHost)}", SegmentApiHost);
        yield return new($"{ForwardingOptions.Section}:{nameof(ForwardingOptions.UnhealthyAfter)}", UnhealthyAfter.ToString("c", CultureInfo.InvariantCulture));
        yield return new($"{ForwardingOptions.Section}:{nameof(ForwardingOptions.ValidWriteKey)}", ValidWriteKey);
        yield return new($"{ForwardingOptions.Section}:{nameof(ForwardingOptions.InvalidWriteKey)}", InvalidWriteKey);
        yield return new($"{SpoolOptions.Section}:{nameof(SpoolOptions.Directory)}", SpoolDirectory);
        yield return new($"{SpoolOptions.Section}:{nameof(SpoolOptions.MaxBytes)}", SpoolMaxBytes.ToString(CultureInfo.InvariantCulture));
        yield return new($"{SchemaOptions.Section}:{nameof(SchemaOptions.Directory)}", SchemasDirectory);
        yield return new($"{SchemaOptions.Section}:{nameof(SchemaOptions.AdminToken)}", AdminToken);
        yield return new($"{SchemaOptions.Section}:{nameof(SchemaOptions.Formats)}", Formats.ToString());
        yield return new($"{Violations.ViolationOptions.Section}:{nameof(Violations.ViolationOptions.MaskProperties)}", ViolationMaskProperties);
        if (ReflectionSource is not null)
        {
            yield return new($"{ReflectionOptions.Section}:{nameof(ReflectionOptions.Source)}", ReflectionSource.Address.Key);
        }

        // Per-request framework logs would cost more than the work itself.
        yield return new("Logging:LogLevel:Default", "Information");
        yield return new("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        yield return new("Logging:LogLevel:System.Net.Http.HttpClient", "Warning");
        foreach (var pair in Configuration)
        {
            yield return pair;
        }
    }

    /// <summary>Parses a policy name as written on the command line: `forward-invalid`, `forward-valid`, `reject`.</summary>
    public static MissingSchemaPolicy ParsePolicy(string text) => text.Trim().ToLower(CultureInfo.InvariantCulture) switch
    {
        "forward-invalid" => MissingSchemaPolicy.ForwardInvalid,
        "forward-valid" => MissingSchemaPolicy.ForwardValid,
        "reject" => MissingSchemaPolicy.Reject,
        _ => throw new ReflektException($"unknown missing-schema policy \"{text}\" (expected forward-invalid, forward-valid or reject)."),
    };
}
