using Reflekt.Testing;
using Reflekt.Testing.StandIns;

namespace Reflekt.Cli.Tests.Commands.Push;

/// <summary>A temp project whose profile points at a Segment stand-in; optionally holding the upstream example schemas.</summary>
internal sealed class SegmentProject : IAsyncDisposable
{
    public const string Token = "sgp-cli-token";

    private SegmentProject(SegmentPublicApiStandIn segment, TempDirectory dir)
    {
        Segment = segment;
        Dir = dir;
    }

    public SegmentPublicApiStandIn Segment { get; }

    public TempDirectory Dir { get; }

    public static async Task<SegmentProject> CreateAsync(bool withSchemas, string token = Token)
    {
        var segment = new SegmentPublicApiStandIn(Token);
        await segment.StartAsync();
        var dir = new TempDirectory("reflekt-cli-registry");
        dir.Write("reflekt_project.yml", Files.Project.Replace("vendor: com.example", "vendor: com.thejaffleshop", StringComparison.Ordinal));
        dir.Write("reflekt_profiles.yml", Files.Profiles.Replace(
            "registry: []",
            $"registry:\n    - type: segment\n      api_token: {token}\n      api_url: {segment.BaseUrl}",
            StringComparison.Ordinal));
        if (withSchemas)
        {
            var source = SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas", "jaffle_shop");
            foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
            {
                dir.Write(Path.Combine("schemas", "jaffle_shop", Path.GetRelativePath(source, file)), File.ReadAllText(file));
            }
        }

        return new SegmentProject(segment, dir);
    }

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(Dir.Path, args);

    public Task<CliResult> RunInteractiveAsync(string input, params string[] args) => CliRunner.RunAsync(Dir.Path, null, input, true, args);

    public async ValueTask DisposeAsync()
    {
        await Segment.DisposeAsync();
        Dir.Dispose();
    }
}
