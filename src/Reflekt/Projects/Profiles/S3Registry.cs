namespace Reflekt.Projects.Profiles;

/// <summary>Schemas mirrored to an S3 bucket (<c>type: s3</c>) at <c>s3://bucket/prefix/&lt;$id&gt;</c>.</summary>
public sealed record S3Registry : RegistryProfile
{
    public override string Type => "s3";

    public required string Bucket { get; init; }

    /// <summary>Key prefix without leading or trailing slash ("" for the bucket root).</summary>
    public string Prefix { get; init; } = "";

    public string? Region { get; init; }

    /// <summary>Any S3-compatible endpoint (MinIO, moto); null for AWS.</summary>
    public string? EndpointUrl { get; init; }

    /// <summary>Explicit credentials; when null the AWS SDK's default chain applies.</summary>
    public string? AccessKeyId { get; init; }

    public Secret? SecretAccessKey { get; init; }

    public override string Describe() => $"s3://{Bucket}/{Prefix}" + (EndpointUrl is null ? "" : $" ({EndpointUrl})");
}
