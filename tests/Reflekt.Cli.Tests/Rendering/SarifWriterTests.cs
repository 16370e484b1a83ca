using System.Text.Json;
using Reflekt.Cli.Tests.Commands.Lint;
using Reflekt.Json.Schema;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Rendering;

public sealed class SarifWriterTests
{
    private static JsonSchema RequiredStructure() => JsonSchema.Compile(
        File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, "tests", "Reflekt.Cli.Tests", "Rendering", "sarif-2.1.0-required.schema.json")),
        new CompileOptions { AssertFormat = true });

    [Fact]
    public async Task Sarif_output_has_the_required_sarif_2_1_0_structure()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        var validation = RequiredStructure().Validate(log.RootElement);
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors.Select(e => $"{e.InstanceLocation}: {e.Message}")));

        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        foreach (var finding in results.EnumerateArray())
        {
            // ruleIndex must point at the descriptor with the same id.
            var index = finding.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(finding.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(5, region.GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void The_structure_fixture_rejects_a_log_without_runs()
    {
        using var bad = JsonDocument.Parse("""{"version": "2.1.0"}""");
        Assert.False(RequiredStructure().IsValid(bad.RootElement));
        using var noMessage = JsonDocument.Parse("""{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "a", "locations": [{}]}]}]}""");
        Assert.False(RequiredStructure().IsValid(noMessage.RootElement));
    }

    // Issue 16 row 25: every helpUri is the documented location (named in the README) and lands on a rule's section.
    [Fact]
    public async Task Help_uris_point_at_the_documentation_the_readme_names()
    {
        using var project = new LintProject().WithBroken();
        var root = SharedFixtures.RepositoryRoot;
        var headings = File.ReadAllLines(Path.Combine(root, "docs", "lint-rules.md"))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim().ToLowerInvariant()).ToHashSet();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "sarif");

        Assert.Contains(Documentation.Repository, File.ReadAllText(Path.Combine(root, "README.md")));
        using var log = JsonDocument.Parse(result.Out);
        var rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var rule in rules.EnumerateArray().Where(r => r.GetProperty("id").GetString()!.StartsWith("RK", StringComparison.Ordinal)))
        {
            var uri = rule.GetProperty("helpUri").GetString()!;
            Assert.StartsWith(Documentation.LintRules + "#", uri);
            Assert.Contains(uri.Split('#')[1], headings);
        }
    }
}
