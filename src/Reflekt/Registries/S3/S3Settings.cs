namespace Reflekt.Registries.S3;

/// <summary>Where the schema mirror lives (profile entry <c>type: s3</c>): <c>s3://bucket/prefix/&lt;$id&gt;</c>.</summary>
public sealed record S3Settings(string Bucket)
{
    /// <summary>Key prefix before each <c>$id</c>; the registry server reads <c>schemas/</c>.</summary>
    public string Prefix { get; init; } = "schemas";

    /// <summary>An S3-compatible endpoint (MinIO, moto, R2…); addressed path-style. Null for AWS itself.</summary>
    public Uri? EndpointUrl { get; init; }

    public string Region { get; init; } = "us-east-1";

    /// <summary>Static credentials from the profile; when null the AWS SDK's default credential chain is used.</summary>
    public string? AccessKeyId { get; init; }

    public string? SecretAccessKey { get; init; }

    public string? SessionToken { get; init; }
}
