using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16: a new user's mistakes with `init`.</summary>
public sealed class InitMistakeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Row 6: `--port abc` and `--port 99999` are one line naming the range, not a type name; nothing is written.
    [Theory]
    [InlineData("abc")]
    [InlineData("99999")]
    [InlineData("0")]
    public async Task Port_flag_out_of_range_exits_two_naming_the_range(string port)
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "p", "--source-type", "postgres", "--port", port);

        var line = result.AssertOneLineError();
        Assert.StartsWith($"--port: expected 1-65535, got '{port}'", line);
        Assert.DoesNotContain("System.", line);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "p")));
    }

    // Row 6: a bad answer at the Port prompt is asked again with the reason; the other answers are kept.
    [Fact]
    public async Task Bad_port_at_the_prompt_is_asked_again_with_the_reason()
    {
        // name, vendor, profiles path, profile, source type, source id, host, port (bad, then good), database, user, password, registry
        var input = string.Join('\n', "shop", "com.shop", "", "", "postgres", "", "db.local", "abc", "6543", "", "", "", "") + "\n";

        var result = await CliRunner.RunAsync(_dir.Path, null, input, interactive: true, "init", "--dir", "p");

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("expected 1-65535, got 'abc'", result.Out);
        var profiles = File.ReadAllText(Path.Combine(_dir.Path, "p", "reflekt_profiles.yml"));
        Assert.Contains("port: 6543", profiles);
        Assert.Contains("host: db.local", profiles);
        Assert.Equal("shop", ReflektProject.Load(Path.Combine(_dir.Path, "p"), ProfileEnvironment.FromVariables(new Dictionary<string, string>())).Name);
    }
}
