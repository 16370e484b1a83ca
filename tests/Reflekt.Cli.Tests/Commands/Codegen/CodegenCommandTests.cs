using Reflekt.Cli.Tests.Commands.Lint;

namespace Reflekt.Cli.Tests.Commands.Codegen;

public sealed class CodegenCommandTests
{
    [Fact]
    public async Task Writes_the_client_to_artifacts_codegen_by_default()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "codegen", "--language", "typescript", "--select", "shop");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Generated typescript client for 1 events in artifacts/codegen/typescript\n", result.Out.ReplaceLineEndings("\n"));
        var declarations = File.ReadAllText(Path.Combine(project.Path, "artifacts", "codegen", "typescript", "index.d.ts"));
        Assert.Contains("orderCompleted(message: Identity & CallOptions & { properties: OrderCompleted }): void;", declarations);
        Assert.Contains("order_id: string;", declarations);
        Assert.True(File.Exists(Path.Combine(project.Path, "artifacts", "codegen", "typescript", "index.js")));
    }

    [Fact]
    public async Task Check_passes_on_fresh_output_and_names_stale_files_after_a_schema_change()
    {
        using var project = new LintProject();
        string[] generate = ["codegen", "--language", "python", "--select", "shop", "--out", "client"];
        Assert.Equal(0, (await CliRunner.RunAsync(project.Path, generate)).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(project.Path, "client", "tracking_plan", "__init__.py"));

        var fresh = await CliRunner.RunAsync(project.Path, [.. generate, "--check"]);
        Assert.Equal(0, fresh.ExitCode);
        Assert.Contains("client: up to date (1 events, 2 files)", fresh.Out);

        project.Dir.Write(LintProject.CleanPath, LintProject.Clean.Replace("\"Order id.\"", "\"Id of the order.\""));
        var stale = await CliRunner.RunAsync(project.Path, [.. generate, "--check"]);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("client/tracking_plan/__init__.py: stale", stale.Out);
        Assert.DoesNotContain("py.typed", stale.Out);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(project.Path, "client", "tracking_plan", "__init__.py")));

        Assert.Equal(0, (await CliRunner.RunAsync(project.Path, generate)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(project.Path, [.. generate, "--check"])).ExitCode);
    }

    [Fact]
    public async Task Regenerating_gives_the_same_bytes_and_removes_files_no_longer_generated()
    {
        using var project = new LintProject();
        string[] generate = ["codegen", "--language", "csharp", "--select", "shop", "--out", "client"];
        Assert.Equal(0, (await CliRunner.RunAsync(project.Path, generate)).ExitCode);
        var first = File.ReadAllBytes(Path.Combine(project.Path, "client", "TrackingPlan.g.cs"));
        project.Dir.Write("client/Leftover.cs", "// from an older run");

        Assert.Equal(0, (await CliRunner.RunAsync(project.Path, generate)).ExitCode);

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(project.Path, "client", "TrackingPlan.g.cs")));
        Assert.False(File.Exists(Path.Combine(project.Path, "client", "Leftover.cs")));
    }

    [Fact]
    public async Task An_unknown_language_is_a_usage_error()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "codegen", "--language", "cobol", "--select", "shop");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cobol", result.Error);
    }

    [Fact]
    public async Task Two_events_whose_functions_collide_are_named()
    {
        using var project = new LintProject();
        project.Dir.Write("schemas/other/Order_Completed/1-0.json", LintProject.Clean.Replace("shop/Order_Completed", "other/Order_Completed").Replace("\"Order Completed\"", "\"order completed\""));

        var result = await CliRunner.RunAsync(project.Path, "codegen", "--language", "kotlin", "--select", "shop", "other");

        Assert.Contains("function name OrderCompleted is also the name of", result.AssertOneLineError());
    }
}
