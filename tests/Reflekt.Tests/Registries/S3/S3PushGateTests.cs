using System.Text.Json.Nodes;
using Amazon.S3;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Reflekt.Testing;

namespace Reflekt.Tests.Registries.S3;

/// <summary>The push gate against S3 (moto): the held object of the same MAJOR is read back and compared.</summary>
public sealed class S3PushGateTests(MotoServerFixture moto) : IClassFixture<MotoServerFixture>
{
    private const string OrderCompleted = "jaffle_shop/Order_Completed/1-0.json";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_breaking_change_leaves_the_object_as_it_was_unless_allowed()
    {
        moto.RequireServer();
        var bucket = "reflekt-gate-" + Guid.NewGuid().ToString("N")[..12];
        using var client = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("testing", "testing"),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await client.PutBucketAsync(bucket, Ct);
        using var dir = new TempDirectory("reflekt-s3-gate");
        dir.Write(ReflektProject.FileName, Projects.ProjectFiles.Project);
        dir.Write("reflekt_profiles.yml", $"""
            version: 1.0
            dev:
              registry:
                - type: s3
                  bucket: {bucket}
                  region: us-east-1
                  endpoint_url: {moto.Endpoint}
                  aws_access_key_id: testing
                  aws_secret_access_key: testing
              source: []
            """);
        foreach (var schema in LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop"))
        {
            dir.Write(Path.Combine("schemas", schema.Id), schema.RawText!);
        }

        var project = ReflektProject.Load(dir.Path);
        var registry = RegistryFactory.Create(project, ReflektProfile.Load(project), "s3", LocalSchemas.FastRetries);
        using var disposable = registry as IDisposable;
        Assert.False((await RegistrySync.PushAsync(project, registry, "jaffle_shop", delete: false, dryRun: false, Ct)).Refused);
        var before = await ReadAsync(client, bucket);
        var document = JsonNode.Parse(before)!.AsObject();
        document["properties"]!["total"]!["minimum"] = 0;
        dir.Write(Path.Combine("schemas", OrderCompleted), document.ToJsonString());

        var refused = await RegistrySync.PushAsync(project, registry, "jaffle_shop", delete: false, dryRun: false, Ct);
        var unchanged = await ReadAsync(client, bucket);
        var allowed = await RegistrySync.PushAsync(project, registry, "jaffle_shop", delete: false, dryRun: false, Ct, allowBreaking: true);

        Assert.True(refused.Refused);
        var verdict = Assert.Single(refused.Breaking);
        Assert.Equal($"s3://{bucket}/{OrderCompleted}", verdict.Target);
        Assert.Equal("/properties/total/minimum", Assert.Single(verdict.Changes).Pointer);
        Assert.Equal(before, unchanged);
        Assert.False(allowed.Refused);
        Assert.Equal(document.ToJsonString(), await ReadAsync(client, bucket));
    }

    private static async Task<string> ReadAsync(AmazonS3Client client, string bucket)
    {
        using var response = await client.GetObjectAsync(bucket, OrderCompleted, Ct);
        using var reader = new StreamReader(response.ResponseStream);
        return await reader.ReadToEndAsync(Ct);
    }
}
