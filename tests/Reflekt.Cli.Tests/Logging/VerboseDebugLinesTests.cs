using System.Text.RegularExpressions;
using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Logging;

/// <summary>Issue 16 row 20: `-v` prints the files a command reads and the warehouse queries it sends, with their durations, on stderr.</summary>
public sealed partial class VerboseDebugLinesTests : IDisposable
{
    private static readonly string Source = $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> Commands() => new(
        ["reflect", "--source", Source, "--days", "3650", "--stale-after", "36500d"],
        ["build", "--artifact", "dbt", "--select", "demo", "--source", Source, "--sdk", "segment"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Verbose_prints_each_query_with_its_duration_on_stderr(string[] command)
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(_dir.Path, "demo");

        var verbose = await CliRunner.RunAsync(demo, [.. command, "-v"]);
        var quiet = await CliRunner.RunAsync(demo, command);

        Assert.True(verbose.ExitCode == 0, verbose.Error + verbose.Out);
        var queries = verbose.Error.ReplaceLineEndings("\n").Split('\n').Where(l => QueryLine().IsMatch(l)).ToList();
        Assert.NotEmpty(queries);
        Assert.Contains(queries, l => l.Contains("information_schema", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("debug:", verbose.Out);
        Assert.True(quiet.ExitCode == 0, quiet.Error + quiet.Out);
        Assert.DoesNotContain("debug:", quiet.Error);
    }

    [Fact]
    public async Task Verbose_names_every_file_read()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(_dir.Path, "demo");
        var schemas = Directory.EnumerateFiles(Path.Combine(demo, "schemas"), "*.json", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.Combine("schemas", ".reflekt"), StringComparison.Ordinal))
            .ToList();

        var verbose = await CliRunner.RunAsync(demo, "debug", "-v");
        var quiet = await CliRunner.RunAsync(demo, "debug");

        var lines = verbose.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains($"debug: read {Path.Combine(demo, "reflekt_project.yml")}", lines);
        Assert.Contains(lines, l => l.StartsWith("debug: read profile 'demo' from ", StringComparison.Ordinal));
        Assert.All(schemas, schema => Assert.Contains($"debug: read {schema}", lines));
        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^debug: read {schemas.Count} schema file\(s\) under .+ in \d+ ms$"));
        Assert.DoesNotContain("debug:", quiet.Error);
    }

    [GeneratedRegex(@"^debug: source demo \(\w+\): query -> \d+ rows in \d+ ms: select ", RegexOptions.IgnoreCase)]
    private static partial Regex QueryLine();
}
