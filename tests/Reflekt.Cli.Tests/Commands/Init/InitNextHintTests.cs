using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16 row 21: the "Next:" hint init prints runs as printed from where the user is.</summary>
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
}
