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
    public const string ViolationMaskProperties = "REGISTRY_VIOLATIONS_MASK_PROPERTIES";

    /// <summary>S3-compatible endpoint for `--s3` (MinIO, moto…); the AWS SDK's own variable names.</summary>
    public static readonly string[] S3Endpoint = ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"];
    public const string AwsRegion = "AWS_REGION";
    public const string AwsAccessKeyId = "AWS_ACCESS_KEY_ID";
    public const string AwsSecretAccessKey = "AWS_SECRET_ACCESS_KEY";
    public const string AwsSessionToken = "AWS_SESSION_TOKEN";

    /// <summary>S3 settings for `--s3 s3://bucket[/prefix]`, with endpoint, region and credentials from the environment.</summary>
    public static Registries.S3.S3Settings S3(string uri, Func<string, string?> variable)
    {
        var endpoint = S3Endpoint.Select(variable).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return Validation.S3SchemaMirror.Parse(uri,
            endpoint is null ? null : new Uri(endpoint),
            NonEmpty(variable(AwsRegion)) ?? "us-east-1",
            NonEmpty(variable(AwsAccessKeyId)),
            NonEmpty(variable(AwsSecretAccessKey)),
            NonEmpty(variable(AwsSessionToken)));
    }

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
            ViolationMaskProperties = variable(ViolationMaskProperties) ?? defaults.ViolationMaskProperties,
            Configuration = Reflection.ReflectionEnvironment.Read(variable),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
