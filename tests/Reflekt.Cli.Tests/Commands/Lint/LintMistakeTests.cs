namespace Reflekt.Cli.Tests.Commands.Lint;

/// <summary>Issue 16: a new user's mistakes with `lint` get one line and exit 2, never a silent pass.</summary>
public sealed class LintMistakeTests
{
    // Row 2: `lint -s .` is every schema, not none.
    [Fact]
    public async Task Select_dot_lints_every_schema()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "-s", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Linted 2 schema(s)", result.Out);
    }

    // Row 2: an absolute path inside schemas/ (a shell completion) selects what it names.
    [Fact]
    public async Task Select_an_absolute_path_inside_schemas_works()
    {
        using var project = new LintProject().WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "lint", "-s", Path.Combine(project.Path, "schemas", "shop", "Order_Completed"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Linted 1 schema(s)", result.Out);
    }

    // Row 2: a selection that matches nothing is bad input, naming it.
    [Theory]
    [InlineData("shop/Nope")]
    [InlineData("empty")]
    public async Task Select_matching_nothing_exits_two_naming_it(string select)
    {
        using var project = new LintProject();
        Directory.CreateDirectory(Path.Combine(project.Path, "schemas", "empty"));

        var result = await CliRunner.RunAsync(project.Path, "lint", "-s", select);

        Assert.StartsWith($"--select '{select}' matches no schema file or folder", result.AssertOneLineError());
    }

    // Row 2: an absolute path outside schemas/ is named, not silently empty.
    [Fact]
    public async Task Select_an_absolute_path_outside_schemas_exits_two()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "lint", "-s", Path.GetTempPath());

        Assert.Contains("is outside the project's schemas folder", result.AssertOneLineError());
    }

    // Row 11: a misspelt rule id in lint: rules: is rejected with its position and the nearest known id.
    [Fact]
    public async Task Unknown_rule_id_exits_two_with_the_nearest_known_id()
    {
        using var project = new LintProject(Files.Project + "lint:\n  rules:\n    RK105: off\n    RK999: error\n");

        var result = await CliRunner.RunAsync(project.Path, "lint");

        var line = result.AssertOneLineError();
        Assert.EndsWith("reflekt_project.yml:30:5: lint.rules.RK999: unknown rule RK999 (did you mean RK109?)", line);
    }
}
