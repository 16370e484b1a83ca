using System.Text.Json;

namespace Reflekt.Cli.Tests.Commands.Lint;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Clean_project_exits_zero_with_a_summary()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Linted 1 schema(s): 0 error(s), 0 warning(s), 0 info.", result.Out);
    }

    [Fact]
    public async Task Errors_exit_one_and_name_file_line_and_column()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("schemas/shop/Add_to_Cart/1-0.json:5:37: error RK105 Event 'Add to Cart'", result.Out);
        Assert.Contains("schemas/shop/Add_to_Cart/1-0.json:8:5: error RK108 Property 'productId'", result.Out);
        Assert.Contains("Linted 2 schema(s): 3 error(s)", result.Out);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_diagnostic_is_one_line_however_narrow_the_console_with_only_the_label_coloured(bool color)
    {
        using var project = new LintProject().WithBroken();
        using var output = new StringWriter();
        var host = new CliHost
        {
            Out = output,
            Error = TextWriter.Null,
            SupportsColor = color,
            Environment = Reflekt.Projects.ProfileEnvironment.FromVariables(new Dictionary<string, string>()),
            WorkingDirectory = project.Path,
            Width = 40,
        };

        Assert.Equal(1, await ReflektCli.RunAsync(["lint"], host, TestContext.Current.CancellationToken));

        var label = color ? "\u001b[31merror\u001b[0m" : "error";
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith($"schemas/shop/Add_to_Cart/1-0.json:8:5: {label} RK108 Property 'productId'", StringComparison.Ordinal)
            && l.TrimEnd('\r').EndsWith("Expected 'product_id'.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Select_limits_the_run()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--select", "schemas/shop/Order_Completed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Linted 1 schema(s)", result.Out);
    }

    [Fact]
    public async Task Project_overrides_turn_rules_off_or_down()
    {
        using var project = new LintProject(Files.Project + "\nlint:\n  rules:\n    RK105: off\n    RK108: warn\n    RK111: info\n").WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("RK105", result.Out);
        Assert.Contains("warning RK108", result.Out);
        Assert.Contains("info RK111", result.Out);
    }

    [Fact]
    public async Task Json_format_lists_every_diagnostic()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(2, json.RootElement.GetProperty("schemas").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("errors").GetInt32());
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("RK105", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("schemas/shop/Add_to_Cart/1-0.json", first.GetProperty("file").GetString());
        Assert.Equal(5, first.GetProperty("line").GetInt32());
        Assert.Equal("/self/name", first.GetProperty("pointer").GetString());
        // Read by people in CI logs too: quotes stay quotes, not \u0027.
        Assert.Contains("\"message\": \"Event 'Add to Cart'", result.Out);
    }

    [Fact]
    public async Task Json_output_is_streamed_whole_for_many_diagnostics()
    {
        using var project = new LintProject();
        for (var i = 0; i < 400; i++)
        {
            project.Dir.Write($"schemas/shop/Bad_{i}/1-0.json", LintProject.Broken.Replace("Add_to_Cart", $"Bad_{i}", StringComparison.Ordinal));
        }

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(json.RootElement.GetProperty("errors").GetInt32(), json.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("errors").GetInt32() >= 1200);
        Assert.EndsWith("}" + Environment.NewLine, result.Out);
    }

    [Fact]
    public async Task Github_format_writes_workflow_commands()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("::error file=schemas/shop/Add_to_Cart/1-0.json,line=5,col=37,title=RK105::Event 'Add to Cart'", lines[0]);
        Assert.All(lines, l => Assert.StartsWith("::error ", l));
    }

    [Fact]
    public async Task Large_runs_outside_a_terminal_print_one_plain_progress_line()
    {
        using var project = new LintProject();
        for (var i = 0; i < 200; i++)
        {
            var name = $"Event {(char)('A' + i / 26)}{(char)('a' + i % 26)}";
            var folder = name.Replace(' ', '_');
            project.Dir.Write($"schemas/bulk/{folder}/1-0.json", LintProject.Clean
                .Replace("shop/Order_Completed", $"bulk/{folder}")
                .Replace("Order Completed", name));
        }

        var result = await CliRunner.RunAsync(project.Path, "lint");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Linting 201 schemas...\n", result.Out.ReplaceLineEndings("\n"));
        Assert.Contains("Linted 201 schema(s): 0 error(s)", result.Out);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "lint", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Invalid_meta_schema_is_bad_input()
    {
        using var project = new LintProject();
        project.Dir.Write("schemas/.reflekt/meta/1-0.json", "{ not json");

        var result = await CliRunner.RunAsync(project.Path, "lint");

        var line = result.AssertOneLineError();
        Assert.Contains("meta-schema is not valid JSON", line);
        Assert.Contains("1-0.json:1:", line);
    }
}
