using System.Diagnostics;
using System.Text.Json;
using Reflekt.Testing;
using Reflekt.Testing.Node;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16 rows 23 and 24: the CI workflow init writes runs a pinned tool, uploads SARIF, sits where GitHub reads it, and passes actionlint.</summary>
public sealed class InitWorkflowTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Inside_a_git_repository_the_workflow_goes_to_the_root_with_a_working_directory()
    {
        Assert.Equal(0, Git.Run(_dir.Path, "init", "-q"));

        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "tracking");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "tracking", ".github")));
        var workflow = File.ReadAllText(Path.Combine(_dir.Path, ".github", "workflows", "reflekt.yml"));
        Assert.Contains("      run:\n        working-directory: tracking\n", workflow);
        Assert.Contains("sarif_file: tracking/reflekt.sarif", workflow);
        AssertPinnedManifest(Path.Combine(_dir.Path, "tracking"));
        Assert.Equal("", Lint(Path.Combine(_dir.Path, ".github", "workflows", "reflekt.yml")));
    }

    [Fact]
    public async Task Outside_a_repository_the_workflow_is_the_projects_own_and_passes_actionlint()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "plan");

        Assert.Equal(0, result.ExitCode);
        var path = Path.Combine(_dir.Path, "plan", ".github", "workflows", "reflekt.yml");
        var workflow = File.ReadAllText(path);
        Assert.DoesNotContain("working-directory", workflow);
        Assert.DoesNotContain("--global", workflow);
        Assert.Contains("permissions:\n  contents: read\n  security-events: write\n", workflow);
        Assert.Contains("run: dotnet tool restore", workflow);
        Assert.Contains("run: dotnet tool run reflekt lint --format sarif > reflekt.sarif", workflow);
        Assert.Contains("uses: github/codeql-action/upload-sarif@v3", workflow);
        Assert.Contains("run: dotnet tool run reflekt diff --base \"origin/$BASE_REF\"", workflow);
        Assert.Contains("BASE_REF: ${{ github.base_ref }}", workflow);
        AssertPinnedManifest(Path.Combine(_dir.Path, "plan"));
        Assert.Equal("", Lint(path));
    }

    // The validator itself: a workflow with a wrong key and an unknown context is caught.
    [Fact]
    public void Actionlint_rejects_a_broken_workflow()
    {
        var path = _dir.Write("bad.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n        foo: 1\n");

        var findings = Lint(path);

        Assert.Contains("bad.yml:7:9: unexpected key \"foo\"", findings);
        Assert.Contains("bad.yml:6:", findings);
    }

    private static void AssertPinnedManifest(string projectDirectory)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(projectDirectory, ".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("reflekt");
        Assert.Equal(CliVersion.Current, tool.GetProperty("version").GetString());
        Assert.Equal("reflekt", tool.GetProperty("commands")[0].GetString());
    }

    // actionlint's own findings, one per line; "" when the workflow is clean.
    private static string Lint(string workflow)
    {
        var packages = NodePackages.Require("tests/workflow-lint");
        var script = Path.Combine(SharedFixtures.RepositoryRoot, "tests", "workflow-lint", "lint-workflow.cjs");
        var info = new ProcessStartInfo(NodePackages.NodeExecutable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, packages, workflow })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"actionlint failed to run: {error}");
        return output;
    }
}
