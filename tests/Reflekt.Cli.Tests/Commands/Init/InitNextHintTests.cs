using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16 row 21: the "Next:" hint init prints runs as printed from where the user is, and points at a profile that works.</summary>
public sealed class InitNextHintTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("plan", "Next: cd plan && reflekt debug")]
    [InlineData("my plan", "Next: cd 'my plan' && reflekt debug")]
    [InlineData(".", "Next: reflekt debug")]
    public async Task The_hint_changes_into_the_new_project_first(string dir, string hint)
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Out.Split('\n'), l => l.StartsWith(hint + "   (", StringComparison.Ordinal));
    }

    // Started as ./reflekt from a checkout, the hint names the script as it is reached from inside the new project.
    [Theory]
    [InlineData("plan", "Next: cd plan && ../reflekt debug")]
    [InlineData(".", "Next: ./reflekt debug")]
    [InlineData("a/b", "Next: cd a/b && ../../reflekt debug")]
    public async Task Started_through_the_launcher_script_the_hint_names_it(string dir, string hint)
    {
        var result = await CliRunner.RunWithLauncherAsync(_dir.Path, Path.Combine(_dir.Path, "reflekt"), "init", "--no-input", "--dir", dir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.Out.Split('\n'), l => l.StartsWith(hint + "   (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_hint_builds_from_inside_the_demo()
    {
        var result = await CliRunner.RunWithLauncherAsync(_dir.Path, Path.Combine(_dir.Path, "reflekt"), "init", "--demo", "demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Next: cd demo && ../reflekt build --artifact dbt --select demo --source demo.warehouse.segment --sdk segment", result.Out.Split('\n'));
    }

    // The hint is the next thing the user runs: with every default, it must pass (the SQLite file exists, empty).
    [Fact]
    public async Task No_input_writes_a_profile_whose_debug_passes()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "plan")).ExitCode);

        var debug = await CliRunner.RunAsync(Path.Combine(_dir.Path, "plan"), "debug");

        Assert.True(debug.ExitCode == 0, debug.Out + debug.Error);
        Assert.Contains("All checks passed.", debug.Out);
        Assert.Equal(0, new FileInfo(Path.Combine(_dir.Path, "plan", "warehouse.sqlite")).Length);
    }

    [Fact]
    public async Task An_existing_database_file_is_never_replaced()
    {
        _dir.Write("plan/warehouse.sqlite", "not empty");

        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "plan")).ExitCode);

        Assert.Equal("not empty", File.ReadAllText(Path.Combine(_dir.Path, "plan", "warehouse.sqlite")));
    }
}
