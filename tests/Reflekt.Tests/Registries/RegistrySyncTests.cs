using System.Text.Json.Nodes;
using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Registries;
using Reflekt.Testing;
using Reflekt.Testing.StandIns;

namespace Reflekt.Tests.Registries;

/// <summary>push/pull from a real project and profiles file, through the registry factory, to the Segment stand-in.</summary>
public sealed class RegistrySyncTests : IAsyncLifetime
{
    private readonly SegmentPublicApiStandIn _segment = new("tok-123");
    private readonly TempDirectory _source = new("reflekt-push");
    private readonly TempDirectory _target = new("reflekt-pull");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _segment.StartAsync();
        foreach (var dir in new[] { _source, _target })
        {
            dir.Write(ReflektProject.FileName, Projects.ProjectFiles.Project.Replace("vendor: com.example", "vendor: com.thejaffleshop", StringComparison.Ordinal));
            dir.Write("reflekt_profiles.yml", $"""
                version: 1.0
                dev:
                  registry:
                    - type: segment
                      api_token: tok-123
                      api_url: {_segment.BaseUrl}
                  source: []
                """);
        }

        foreach (var schema in LocalSchemas.Load(LocalSchemas.FixtureSchemasDir, "jaffle_shop"))
        {
            _source.Write(Path.Combine("schemas", schema.Id), schema.RawText!);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _segment.DisposeAsync();
        _source.Dispose();
        _target.Dispose();
    }

    private static ISchemaRegistry Segment(ReflektProject project) =>
        RegistryFactory.Create(project, ReflektProfile.Load(project), "segment", LocalSchemas.FastRetries);

    [Fact]
    public async Task Push_then_pull_into_an_empty_project_writes_the_same_files()
    {
        var source = ReflektProject.Load(_source.Path);
        var target = ReflektProject.Load(_target.Path);

        var pushed = await RegistrySync.PushAsync(source, Segment(source), "schemas/jaffle_shop/", delete: false, dryRun: false, Ct);
        var outcome = await RegistrySync.PullAsync(target, Segment(target), "jaffle_shop", Ct);

        Assert.Equal(9, pushed.Changes.Count(c => c.Kind == ChangeKind.Add));
        Assert.Equal(9, outcome.Files.Count(f => f.Kind == ChangeKind.Add));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_source.Path, "schemas"), "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_source.Path, file);
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(_target.Path, relative)));
        }

        var again = await RegistrySync.PullAsync(target, Segment(target), "jaffle_shop", Ct);
        Assert.All(again.Files, f => Assert.Equal(ChangeKind.Unchanged, f.Kind));
    }

    [Fact]
    public async Task A_single_schema_select_upserts_it()
    {
        var source = ReflektProject.Load(_source.Path);

        await RegistrySync.PushAsync(source, Segment(source), "jaffle_shop/Order_Completed/1-0.json", delete: false, dryRun: false, Ct);

        Assert.Equal("PATCH /tracking-plans/tp_standin1/rules", _segment.Requests[^1].Line);
        Assert.Single(_segment.Requests[^1].Json!["rules"]!.AsArray());
    }

    [Fact]
    public void A_registry_type_missing_from_the_profile_is_a_clear_error()
    {
        var project = ReflektProject.Load(_source.Path);

        var e = Assert.Throws<ReflektException>(() => RegistryFactory.Create(project, ReflektProfile.Load(project), "avo"));

        Assert.StartsWith("Registry type 'avo' not configured in profile 'dev' in ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_builds_each_registry_type_from_its_profile_entry()
    {
        var project = ReflektProject.Load(_source.Path);
        RegistryProfile[] entries =
        [
            new SegmentRegistry { ApiToken = new Secret("t") },
            new AvoRegistry { WorkspaceId = "w", ServiceAccountName = "n", ServiceAccountSecret = new Secret("s") },
            new ReflektRegistry { Url = "http://127.0.0.1:8080", ApiKey = new Secret("k") },
            new S3Registry { Bucket = "b", EndpointUrl = "http://127.0.0.1:5000", AccessKeyId = "a", SecretAccessKey = new Secret("s") },
        ];

        Assert.Equal(["segment", "avo", "reflekt", "s3"], entries.Select(e => RegistryFactory.Create(project, e).Type));
        Assert.IsType<Reflekt.Registries.Segment.SegmentProtocolsRegistry>(RegistryFactory.Create(project, entries[0]));
    }

    [Fact]
    public async Task The_example_project_round_trips_through_Segment_unchanged()
    {
        // examples/jaffle_shop uses MAJOR-0 versions only and one vendor, so nothing Segment cannot hold is lost.
        var example = ReflektProject.Load(Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop"));
        var schemas = LocalSchemaSource.From(example.LoadCatalog().Schemas);
        var registry = new Reflekt.Registries.Segment.SegmentProtocolsRegistry(
            new Reflekt.Registries.Segment.SegmentSettings("tok-123") { BaseUrl = _segment.BaseUrl }, LocalSchemas.FastRetries);

        await registry.PushAsync(new PushRequest("jaffle_shop", schemas), Ct);
        var pulled = await PulledSchemaWriter.WriteAsync(
            Path.Combine(_target.Path, "schemas"),
            (await registry.PullAsync(new PullRequest("jaffle_shop", example.Vendor!), Ct)).Schemas,
            Ct);

        Assert.Equal(schemas.Count, pulled.Count);
        foreach (var schema in schemas)
        {
            var written = JsonNode.Parse(File.ReadAllText(Path.Combine(_target.Path, "schemas", schema.Id)));
            Assert.True(JsonNode.DeepEquals(schema.Document, written), schema.Id);
        }
    }
}
