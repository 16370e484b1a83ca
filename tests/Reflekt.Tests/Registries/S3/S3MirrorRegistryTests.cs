using Amazon.S3;
using Amazon.S3.Model;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Reflekt.Registries.S3;
using Reflekt.Testing;

namespace Reflekt.Tests.Registries.S3;

public sealed class S3RegistryTests(MotoServerFixture moto) : IClassFixture<MotoServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<RegistrySchema> JaffleShop => LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop");

    private async Task<(S3MirrorRegistry Registry, AmazonS3Client Client, string Bucket)> NewBucketAsync(string prefix = "schemas")
    {
        moto.RequireServer();
        var bucket = "reflekt-" + Guid.NewGuid().ToString("N")[..12];
        var registry = new S3MirrorRegistry(new S3Settings(bucket)
        {
            EndpointUrl = moto.Endpoint,
            Prefix = prefix,
            AccessKeyId = "testing",
            SecretAccessKey = "testing",
        }, LocalSchemas.FastRetries);
        var client = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("testing", "testing"),
            new AmazonS3Config { ServiceURL = moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await client.PutBucketAsync(bucket, Ct);
        return (registry, client, bucket);
    }

    private static async Task<List<string>> KeysAsync(AmazonS3Client client, string bucket) =>
        (await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket }, Ct)).S3Objects?.Select(o => o.Key).Order(StringComparer.Ordinal).ToList() ?? [];

    [Fact]
    public async Task Round_trip_mirrors_the_schemas_tree_byte_for_byte()
    {
        var (registry, client, bucket) = await NewBucketAsync();
        using var _ = registry;

        var pushed = await registry.PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        Assert.Equal(JaffleShop.Select(s => "schemas/" + s.Id), await KeysAsync(client, bucket));
        Assert.All(pushed.Changes, c => Assert.Equal(ChangeKind.Add, c.Kind));
        Assert.Contains(new RegistryChange(ChangeKind.Add, $"s3://{bucket}/schemas/jaffle_shop/Order_Completed/1-0.json"), pushed.Changes);

        var project = Directory.CreateTempSubdirectory("reflekt-s3-pull-");
        try
        {
            var pulled = await registry.PullAsync(new PullRequest("jaffle_shop", "ignored"), Ct);
            var written = await PulledSchemaWriter.WriteAsync(Path.Combine(project.FullName, "schemas"), pulled.Schemas, Ct);

            Assert.Equal(9, written.Count(w => w.Kind == ChangeKind.Add));
            foreach (var schema in JaffleShop)
            {
                // Nothing is lost: S3 stores the files' exact bytes.
                Assert.Equal(schema.RawText, await File.ReadAllTextAsync(Path.Combine(project.FullName, "schemas", schema.Id), Ct));
            }
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_second_push_uploads_only_what_changed()
    {
        var (registry, _, bucket) = await NewBucketAsync();
        using var __ = registry;
        await registry.PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        var edited = JaffleShop.Select(s => s.Id.EndsWith("Cart_Viewed/1-0.json", StringComparison.Ordinal)
            ? s with { RawText = s.RawText!.Replace("User viewed their cart.", "Cart seen.", StringComparison.Ordinal) + " " }
            : s).ToList();

        var result = await registry.PushAsync(new PushRequest("jaffle_shop", edited), Ct);

        Assert.Equal([new RegistryChange(ChangeKind.Change, $"s3://{bucket}/schemas/jaffle_shop/Cart_Viewed/1-0.json")], result.Changes.Where(c => c.Kind != ChangeKind.Unchanged));
        Assert.Equal(8, result.Changes.Count(c => c.Kind == ChangeKind.Unchanged));
    }

    [Fact]
    public async Task Delete_removes_the_selected_keys_and_dry_run_removes_nothing()
    {
        var (registry, client, bucket) = await NewBucketAsync(prefix: "team/a");
        using var _ = registry;
        await registry.PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);
        var order = LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop/Order_Completed");

        var dry = await registry.PushAsync(new PushRequest("jaffle_shop/Order_Completed", order) { Delete = true, DryRun = true }, Ct);
        Assert.Equal(9, (await KeysAsync(client, bucket)).Count);
        Assert.Equal([new RegistryChange(ChangeKind.Remove, $"s3://{bucket}/team/a/jaffle_shop/Order_Completed/1-0.json")], dry.Changes);

        await registry.PushAsync(new PushRequest("jaffle_shop/Order_Completed", order) { Delete = true }, Ct);

        var keys = await KeysAsync(client, bucket);
        Assert.Equal(8, keys.Count);
        Assert.DoesNotContain("team/a/jaffle_shop/Order_Completed/1-0.json", keys);
        Assert.All(keys, k => Assert.StartsWith("team/a/jaffle_shop/", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pull_of_one_schema_selects_only_it()
    {
        var (registry, _, _) = await NewBucketAsync();
        using var __ = registry;
        await registry.PushAsync(new PushRequest("jaffle_shop", JaffleShop), Ct);

        var pulled = await registry.PullAsync(new PullRequest("jaffle_shop/Order_Completed/1-0", "ignored"), Ct);

        Assert.Equal("jaffle_shop/Order_Completed/1-0.json", Assert.Single(pulled.Schemas).Id);
    }

    [Fact]
    public async Task A_missing_bucket_is_a_one_line_error_with_the_status()
    {
        moto.RequireServer();
        using var registry = new S3MirrorRegistry(new S3Settings("no-such-bucket-x")
        {
            EndpointUrl = moto.Endpoint,
            AccessKeyId = "testing",
            SecretAccessKey = "testing",
        }, LocalSchemas.FastRetries);

        var e = await Assert.ThrowsAsync<ReflektException>(() => registry.CheckAsync(Ct));

        Assert.StartsWith("S3 returned 404 NoSuchBucket for LIST s3://no-such-bucket-x/schemas/", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public async Task Push_and_pull_through_a_profile_entry_mirror_a_project_into_an_empty_one()
    {
        var (_, client, bucket) = await NewBucketAsync();
        using var source = new TempDirectory("reflekt-s3-source");
        using var target = new TempDirectory("reflekt-s3-target");
        foreach (var dir in new[] { source, target })
        {
            dir.Write(ReflektProject.FileName, Projects.ProjectFiles.Project);
            dir.Write("reflekt_profiles.yml", $"""
                version: 1.0
                dev:
                  registry:
                    - type: s3
                      bucket: {bucket}
                      prefix: /team/schemas/
                      region: us-east-1
                      endpoint_url: {moto.Endpoint}
                      aws_access_key_id: testing
                      aws_secret_access_key: testing
                  source: []
                """);
        }

        foreach (var schema in JaffleShop)
        {
            source.Write(Path.Combine("schemas", schema.Id), schema.RawText!);
        }

        var from = ReflektProject.Load(source.Path);
        var to = ReflektProject.Load(target.Path);
        var pushRegistry = RegistryFactory.Create(from, ReflektProfile.Load(from), "s3", LocalSchemas.FastRetries);
        var pullRegistry = RegistryFactory.Create(to, ReflektProfile.Load(to), "s3", LocalSchemas.FastRetries);
        using var d1 = pushRegistry as IDisposable;
        using var d2 = pullRegistry as IDisposable;

        await RegistrySync.PushAsync(from, pushRegistry, "schemas/jaffle_shop", delete: false, dryRun: false, Ct);
        var outcome = await RegistrySync.PullAsync(to, pullRegistry, "jaffle_shop", Ct);

        Assert.All(await KeysAsync(client, bucket), k => Assert.StartsWith("team/schemas/jaffle_shop/", k, StringComparison.Ordinal));
        Assert.Equal(9, outcome.Files.Count(f => f.Kind == ChangeKind.Add));
        foreach (var schema in JaffleShop)
        {
            Assert.Equal(schema.RawText, File.ReadAllText(Path.Combine(target.Path, "schemas", schema.Id)));
        }
    }
}
