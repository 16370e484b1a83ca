using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Reflekt.Server.Tests.Support;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Tests.Validation;

/// <summary>`--s3`: the mirror against a real moto_server, and a running server that picks up what is pushed to S3.</summary>
public sealed class S3SchemaMirrorTests : IAsyncLifetime
{
    private const string Bucket = "plans";
    private const string Prefix = "registry";

    private readonly TemporaryDirectory _dir = new();
    private MotoServer _moto = null!;
    private AmazonS3Client _s3 = null!;

    private string Mirror => Path.Combine(_dir.Path, "mirror");

    public async ValueTask InitializeAsync()
    {
        _moto = await MotoServer.StartAsync();
        _s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"),
            new AmazonS3Config { ServiceURL = _moto.Endpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
        await _s3.PutBucketAsync(Bucket);
        foreach (var (id, text) in TestSchemas.All)
        {
            await PutAsync(id, text);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _s3?.Dispose();
        if (_moto is not null)
        {
            await _moto.DisposeAsync();
        }
        _dir.Dispose();
    }

    private Task PutAsync(string id, string text) =>
        _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = $"{Prefix}/{id}", ContentBody = text });

    private S3SchemaMirror NewMirror() =>
        new(S3SchemaMirror.Parse($"s3://{Bucket}/{Prefix}", _moto.Endpoint, "us-east-1", "test", "test", null), Mirror);

    private string Local(string id) => File.ReadAllText(Path.Combine(Mirror, id));

    [Fact]
    public async Task Schemas_pushed_to_s3_are_pulled_into_a_local_mirror_that_replaces_the_old_one()
    {
        Directory.CreateDirectory(Path.Combine(Mirror, "stale"));
        File.WriteAllText(Path.Combine(Mirror, "stale", "1-0.json"), "{}");
        using var mirror = NewMirror();

        var count = await mirror.PullAsync(CancellationToken.None);

        Assert.Equal(TestSchemas.All.Count, count);
        Assert.False(Directory.Exists(Path.Combine(Mirror, "stale")));
        foreach (var (id, text) in TestSchemas.All)
        {
            Assert.Equal(text, Local(id));
        }
        Assert.Empty(Directory.GetDirectories(_dir.Path, "mirror.pulling-*"));
    }

    [Fact]
    public async Task A_sync_fetches_what_changed_in_s3_removes_what_was_deleted_and_leaves_the_rest()
    {
        using var mirror = NewMirror();
        await mirror.PullAsync(CancellationToken.None);
        // A local edit of a schema S3 did not change survives: only changed ETags are fetched.
        File.WriteAllText(Path.Combine(Mirror, "shop", "Group", "1-0.json"), "local edit");
        // A schema PUT through the schema API lives only here; S3 never had it, so the sync keeps it.
        Directory.CreateDirectory(Path.Combine(Mirror, "local"));
        File.WriteAllText(Path.Combine(Mirror, "local", "1-0.json"), "{}");
        await PutAsync("shop/Identify/1-0.json", TestSchemas.Identify.Replace("email", "phone"));
        await PutAsync("shop/Signed_Up/1-0.json", """{"$id":"shop/Signed_Up/1-0.json","type":"object"}""");
        await _s3.DeleteObjectAsync(Bucket, $"{Prefix}/shop/Page_Viewed/1-0.json");

        var changes = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal(["shop/Identify/1-0.json", "shop/Signed_Up/1-0.json"], changes.Written);
        Assert.Equal(["shop/Page_Viewed/1-0.json"], changes.Removed);
        Assert.Contains("phone", Local("shop/Identify/1-0.json"));
        Assert.Contains("Signed_Up", Local("shop/Signed_Up/1-0.json"));
        Assert.False(File.Exists(Path.Combine(Mirror, "shop", "Page_Viewed", "1-0.json")));
        Assert.Equal("local edit", Local("shop/Group/1-0.json"));
        Assert.True(File.Exists(Path.Combine(Mirror, "local", "1-0.json")));
        Assert.Empty(Directory.GetFiles(Mirror, "*.tmp", SearchOption.AllDirectories));
        Assert.False((await mirror.SyncAsync(CancellationToken.None)).Any);
    }

    [Fact]
    public async Task Keys_that_cannot_be_paths_are_skipped_and_reported_once()
    {
        using var mirror = NewMirror();
        await mirror.PullAsync(CancellationToken.None);
        await PutAsync(".hidden/1-0.json", "{}");

        var first = await mirror.SyncAsync(CancellationToken.None);
        var second = await mirror.SyncAsync(CancellationToken.None);

        Assert.Equal([".hidden/1-0.json"], first.Skipped);
        Assert.Empty(first.Written);
        Assert.False(second.Any);
        Assert.False(Directory.Exists(Path.Combine(Mirror, ".hidden")));
    }

    [Fact]
    public async Task When_s3_cannot_be_read_the_sync_fails_and_the_mirror_is_untouched()
    {
        using var mirror = NewMirror();
        await mirror.PullAsync(CancellationToken.None);
        using var unreachable = new S3SchemaMirror(
            S3SchemaMirror.Parse("s3://missing-bucket", _moto.Endpoint, "us-east-1", "test", "test", null), Mirror);

        var error = await Assert.ThrowsAsync<ReflektException>(() => unreachable.SyncAsync(CancellationToken.None));

        Assert.Contains("s3://missing-bucket/schemas", error.Message);
        Assert.Equal(TestSchemas.Identify, Local("shop/Identify/1-0.json"));
    }

    [Fact]
    public async Task A_running_server_serves_a_schema_pushed_to_s3_without_a_restart()
    {
        await using var segment = await SegmentTrackingApiStandIn.StartAsync();
        var mirror = NewMirror();
        await mirror.PullAsync(CancellationToken.None);
        var settings = RunningServer.Settings(segment, Path.Combine(_dir.Path, "spool"), mirror.LocalDirectory) with
        {
            SchemaMirror = mirror,
            SchemaMirrorRefresh = TimeSpan.FromMilliseconds(200),
        };
        await using (var server = await RunningServer.StartAsync(settings))
        {
            await PutAsync("shop/Identify/1-0.json", TestSchemas.Identify.Replace("\"required\":[\"email\"]", "\"required\":[\"phone\"]"));

            await Eventually.TrueAsync(() => server.Services.GetSchemaText("shop/Identify/1-0.json")?.Contains("\"phone\"") == true,
                "the refresher fetches the changed schema and the watcher reloads it; " + server.Services.WatcherState());
            await server.PostAsync("/v1/identify", """{"userId":"u","traits":{"email":"a@b.c"}}""");

            await Eventually.TrueAsync(() => segment.Messages.Count == 1, "the event reaches Segment");
            Assert.Equal(RunningServer.InvalidKey, segment.Messages.Single().WriteKey);
        }
        mirror.Dispose();
    }

    [Fact]
    public async Task Reflekt_serve_with_s3_refreshes_its_schemas_while_running()
    {
        await using var segment = await SegmentTrackingApiStandIn.StartAsync();
        string[] arguments = ["--port", "0", "--s3", $"s3://{Bucket}/{Prefix}", "--s3-refresh", "1", "--spool-dir", Path.Combine(_dir.Path, "spool")];
        var environment = new Dictionary<string, string>
        {
            ["REGISTRY_WRITE_KEY"] = RunningServer.WriteKey,
            ["SEGMENT_WRITE_KEY_VALID"] = RunningServer.ValidKey,
            ["SEGMENT_WRITE_KEY_INVALID"] = RunningServer.InvalidKey,
            ["SEGMENT_API_HOST"] = segment.BaseAddress.ToString(),
            ["REGISTRY_ADMIN_TOKEN"] = RunningServer.AdminToken,
            ["AWS_ENDPOINT_URL_S3"] = _moto.Endpoint.ToString(),
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ACCESS_KEY_ID"] = "test",
            ["AWS_SECRET_ACCESS_KEY"] = "test",
        };
        await using var serve = await ServeProcess.StartAsync(arguments, environment);
        using var http = new HttpClient { BaseAddress = serve.Address };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", RunningServer.AdminToken);
        async Task<string> Served(string id) => await (await http.GetAsync($"/schemas/{id}", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("phone", await Served("shop/Identify/1-0.json"));

        await PutAsync("shop/Identify/1-0.json", TestSchemas.Identify.Replace("email", "phone"));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await Served("shop/Identify/1-0.json")).Contains("phone"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the running server never served the schema changed in S3");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
