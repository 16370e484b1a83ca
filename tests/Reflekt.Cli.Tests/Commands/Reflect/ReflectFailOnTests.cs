using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Reflect;

/// <summary>Issue 16 row 19: an error-severity finding fails `reflect` without --fail-on; --fail-on names the kinds instead (docs/reflect.md).</summary>
public sealed class ReflectFailOnTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Reflect(params string[] more) =>
        ["reflect", "--select", "demo", "--source", $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}", "--sdk", "segment", .. more];

    [Fact]
    public async Task Stale_events_are_an_error_that_fails_by_default()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(_dir.Path, "demo");

        // The demo's synthetic events are older than a one-second freshness window: RF006, severity error.
        var byDefault = await CliRunner.RunAsync(demo, Reflect("--stale-after", "1s"));
        var relaxed = await CliRunner.RunAsync(demo, Reflect("--stale-after", "36500d", "--days", "3650"));

        Assert.True(byDefault.ExitCode == 1, byDefault.Error + byDefault.Out);
        Assert.Contains(byDefault.Out.Split('\n'), l => l.TrimStart().StartsWith("RF006 error: ", StringComparison.Ordinal));
        Assert.True(relaxed.ExitCode == 0, relaxed.Error + relaxed.Out);
    }

    [Fact]
    public async Task Fail_on_replaces_the_default_with_the_kinds_named()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(_dir.Path, "demo");

        var driftOnly = await CliRunner.RunAsync(demo, Reflect("--stale-after", "1s", "--fail-on", "drift"));

        Assert.True(driftOnly.ExitCode == 0, driftOnly.Error + driftOnly.Out);
        Assert.Contains("RF006 error: ", driftOnly.Out);
    }
}
