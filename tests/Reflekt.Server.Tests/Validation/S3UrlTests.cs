using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Validation;

/// <summary>`--s3 s3://bucket[/prefix]`: what the URL names, and what it refuses (no S3 needed).</summary>
public sealed class S3UrlTests
{
    [Theory]
    [InlineData("s3://bucket", "bucket", "schemas")]
    [InlineData("s3://bucket/plans/prod/", "bucket", "plans/prod")]
    public void S3_urls_name_a_bucket_and_a_prefix(string uri, string bucket, string prefix)
    {
        var settings = S3SchemaMirror.Parse(uri, null, "eu-west-1", null, null, null);

        Assert.Equal(bucket, settings.Bucket);
        Assert.Equal(prefix, settings.Prefix);
        Assert.Equal("eu-west-1", settings.Region);
    }

    [Theory]
    [InlineData("bucket/prefix")]
    [InlineData("s3://")]
    [InlineData("https://bucket.s3.amazonaws.com")]
    public void Other_urls_are_refused(string uri)
    {
        Assert.Throws<ReflektException>(() => S3SchemaMirror.Parse(uri, null, "us-east-1", null, null, null));
    }
}
