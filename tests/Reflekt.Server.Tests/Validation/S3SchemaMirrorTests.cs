using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Reflekt.Server.Tests.Support;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Validation;

public sealed class S3SchemaMirrorTests
{
    [Fact]
    public async Task Schemas_pushed_to_s3_are_pulled_into_a_local_mirror_that_replaces_the_old_one()
    {
        await using var moto = await MotoServer.StartAsync();
        using var dir = new TemporaryDirectory();
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await s3.PutBucketAsync("plans");
        foreach (var (id, text) in TestSchemas.All)
        {
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "plans", Key = "registry/" + id, ContentBody = text });
        }
        var mirror = Path.Combine(dir.Path, "mirror");
        Directory.CreateDirectory(Path.Combine(mirror, "stale"));
        File.WriteAllText(Path.Combine(mirror, "stale", "1-0.json"), "{}");
        var settings = S3SchemaMirror.Parse("s3://plans/registry", moto.Endpoint, "us-east-1", "test", "test", null);

        var count = await S3SchemaMirror.PullAsync(settings, mirror, CancellationToken.None);

        Assert.Equal(TestSchemas.All.Count, count);
        Assert.False(Directory.Exists(Path.Combine(mirror, "stale")));
        foreach (var (id, text) in TestSchemas.All)
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(mirror, id)));
        }
    }

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
