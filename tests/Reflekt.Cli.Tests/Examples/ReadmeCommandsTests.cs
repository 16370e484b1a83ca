using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Examples;

/// <summary>The README's first command works on the bundled example: it lints clean, and debug passes.</summary>
public sealed class ReadmeCommandsTests
{
    private static readonly string Example = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop");

    [Fact]
    public async Task Example_lints_clean()
    {
        var result = await CliRunner.RunAsync(SharedFixtures.RepositoryRoot, "lint", "--project-dir", "examples/jaffle_shop");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("Linted 12 schema(s): 0 error(s), 0 warning(s)", result.Out);
    }

    [Fact]
    public async Task Example_passes_debug()
    {
        var result = await CliRunner.RunAsync(Example, "debug");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("12 schema(s)", result.Out);
    }
}
