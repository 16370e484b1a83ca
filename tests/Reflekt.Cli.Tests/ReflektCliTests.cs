using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

public sealed class ReflektCliTests
{
    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync(dir.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Reflekt CLI Version: \d+\.\d+\.\d+", result.Out);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("debug", "--no-such-option")]
    [InlineData("init", "--source-type", "oracle")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync(dir.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Error);
        Assert.Contains("--help' for usage.", result.Error);
    }

    [Fact]
    public async Task No_project_is_one_line_and_exit_2()
    {
        using var dir = new TempDirectory();

        var line = (await CliRunner.RunAsync(dir.Path, "debug")).AssertOneLineError();

        Assert.StartsWith("No reflekt_project.yml found in", line);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.RunAsync(dir.Path, "debug", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Fact]
    public async Task Project_dir_without_a_project_is_reported()
    {
        using var dir = new TempDirectory();

        var line = (await CliRunner.RunAsync(dir.Path, "debug", "--project-dir", "elsewhere")).AssertOneLineError();

        Assert.Equal($"--project-dir {Path.Combine(dir.Path, "elsewhere")}: no reflekt_project.yml in this directory", line);
    }
}
