using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16 row 7: the profiles file init writes is ignored by git whatever its name, checked by git itself.</summary>
public sealed class InitProfilesIgnoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("profiles.yaml")]
    [InlineData("config/secrets.yml")]
    [InlineData("reflekt_profiles.yml")]
    public async Task The_profiles_file_written_is_gitignored_and_init_warns_inside_a_work_tree(string profilesPath)
    {
        Assert.Equal(0, Git.Run(_dir.Path, "init", "-q"));

        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "plan", "--profiles-path", profilesPath);

        Assert.Equal(0, result.ExitCode);
        var profiles = Path.Combine(_dir.Path, "plan", profilesPath);
        Assert.True(File.Exists(profiles));
        Assert.Equal(0, Git.Run(_dir.Path, "check-ignore", "-q", profiles));
        var warning = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"warning: profiles file {profiles} lies inside the git work tree {_dir.Path}: it is listed in {Path.Combine(_dir.Path, "plan", ".gitignore")}; keep secrets in env_var() anyway.", warning);
    }

    [Fact]
    public async Task Outside_a_work_tree_init_does_not_warn()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "plan", "--profiles-path", "profiles.yaml");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("/profiles.yaml", File.ReadAllLines(Path.Combine(_dir.Path, "plan", ".gitignore")));
    }
}
