using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Build;

/// <summary>Issue 16: a new user's mistakes with `build`.</summary>
public sealed class BuildMistakeTests
{
    // Row 2: `build -s .` builds every schema instead of an empty package.
    [Fact]
    public async Task Select_dot_builds_every_schema()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(dir.Path, "demo");
        var args = DemoProject.BuildCommand.Split(' ')[1..];
        args[Array.IndexOf(args, "--select") + 1] = ".";

        var result = await CliRunner.RunAsync(demo, args);

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("Building staging model 'stg_segment__order_completed.sql'", result.Out);
    }

    // Row 2: a selection that matches nothing exits 2 naming it, and builds nothing.
    [Fact]
    public async Task Select_matching_nothing_exits_two()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(dir.Path, "demo");
        var args = DemoProject.BuildCommand.Split(' ')[1..];
        args[Array.IndexOf(args, "--select") + 1] = "demo/Nope";

        var result = await CliRunner.RunAsync(demo, args);

        Assert.StartsWith("--select 'demo/Nope' matches no schema file or folder", result.AssertOneLineError());
        Assert.False(Directory.Exists(Path.Combine(demo, "artifacts", "dbt", "reflekt_demo")));
    }
}
