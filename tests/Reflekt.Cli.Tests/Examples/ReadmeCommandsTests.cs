using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Examples;

/// <summary>
/// The README's first command works as written (demo project, then its dbt package), and the bundled
/// example lints clean and passes debug.
/// </summary>
public sealed class ReadmeCommandsTests
{
    [Fact]
    public async Task First_command_of_the_readme_builds_the_demo_package()
    {
        using var dir = new TempDirectory();
        var steps = FirstReadmeCommand().Split(" && ");
        Assert.Equal(2, steps.Length);

        foreach (var step in steps)
        {
            var words = step.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("./reflekt", words[0]);
            var result = await CliRunner.RunAsync(dir.Path, words[1..]);
            Assert.True(result.ExitCode == 0, step + "\n" + result.Out + result.Error);
        }

        var demo = Path.Combine(dir.Path, "demo");
        var events = Convert.ToInt64(await DemoWarehouse.ScalarAsync(demo, "select count(*) from warehouse.segment.tracks"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(events > 1000, $"the demo's DuckDB file holds the raw events ({events} tracks rows)");
        var package = Path.Combine(demo, "artifacts", "dbt", "reflekt_demo");
        Assert.True(File.Exists(Path.Combine(package, "dbt_project.yml")), package);
        Assert.True(File.Exists(Path.Combine(package, "models", "segment", "stg_segment__order_completed.sql")));
        Assert.True(File.Exists(Path.Combine(package, "models", "segment", "__src_segment.yml")));
    }

    private static readonly string Example = Path.Combine(SharedFixtures.RepositoryRoot, "examples", "jaffle_shop");

    private static string FirstReadmeCommand()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedFixtures.RepositoryRoot, "README.md"));
        var fence = Array.IndexOf(lines, "```bash");
        Assert.True(fence >= 0, "README.md has no ```bash block");
        return lines[fence + 1];
    }

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
