using Reflekt.Testing;

namespace Reflekt.Cli.Tests;

/// <summary>Issue 16: mistakes that belong to no one command (the root, project loading).</summary>
public sealed class NewUserMistakeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Row 16: an empty project file says so, instead of naming the first missing key.
    [Theory]
    [InlineData("")]
    [InlineData("# just a comment\n\n")]
    public async Task Empty_project_file_says_the_file_is_empty(string content)
    {
        var file = _dir.Write("reflekt_project.yml", content);

        var line = (await CliRunner.RunAsync(_dir.Path, "lint")).AssertOneLineError();

        Assert.Equal($"{file}: the file is empty", line);
    }

    // Row 16, the profiles file too.
    [Fact]
    public async Task Empty_profiles_file_says_the_file_is_empty()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
        var profiles = _dir.Write("reflekt_profiles.yml", "");

        var line = (await CliRunner.RunAsync(_dir.Path, "debug")).AssertOneLineError();

        Assert.Equal($"{profiles}: the file is empty", line);
    }

    // Row 18: bare `reflekt` shows the help and succeeds.
    [Fact]
    public async Task No_arguments_prints_the_help_and_exits_zero()
    {
        var result = await CliRunner.RunAsync(_dir.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("Usage:", result.Out);
        Assert.Contains("lint", result.Out);
    }
}
