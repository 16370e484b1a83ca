using Reflekt.Testing;
using Reflekt.Testing.StandIns;

namespace Reflekt.Cli.Tests.Commands.Debug;

/// <summary><c>reflekt debug</c> checks each registry with an authenticated call that changes nothing.</summary>
public sealed class DebugRegistryTests
{
    [Fact]
    public async Task Segment_and_avo_pass_with_good_credentials_and_fail_with_a_bad_token()
    {
        await using var segment = new SegmentPublicApiStandIn("good");
        await segment.StartAsync();
        await using var avo = new AvoStandIn("ws1", "sa", "secret");
        await avo.StartAsync();
        avo.SetExport("main", new System.Text.Json.Nodes.JsonObject { ["events"] = new System.Text.Json.Nodes.JsonArray() });
        using var dir = new TempDirectory("reflekt-cli-debug-registry");
        dir.Write("reflekt_project.yml", Files.Project);
        Directory.CreateDirectory(Path.Combine(dir.Path, "schemas"));

        dir.Write("reflekt_profiles.yml", Profile(segment.BaseUrl, "good", avo.BaseUrl));
        var good = await CliRunner.RunAsync(dir.Path, "debug");
        dir.Write("reflekt_profiles.yml", Profile(segment.BaseUrl, "bad", avo.BaseUrl));
        var bad = await CliRunner.RunAsync(dir.Path, "debug");

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("authenticated call ok", good.Out, StringComparison.Ordinal);
        Assert.Equal("GET /tracking-plans?pagination%5Bcount%5D=1", segment.Requests[0].Line + segment.Requests[0].Query);
        Assert.All(segment.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Segment Public API answered 401 Unauthorized", bad.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", good.Out + bad.Out, StringComparison.Ordinal);
    }

    private static string Profile(Uri segment, string token, Uri avo) => $"""
        version: 1.0
        dev:
          registry:
            - type: segment
              api_token: {token}
              api_url: {segment}
            - type: avo
              workspace_id: ws1
              service_account_name: sa
              service_account_secret: secret
              api_url: {avo}
          source: []

        """;
}
