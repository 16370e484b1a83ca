using System.Diagnostics;
using System.Text.Json;
using Reflekt.Cli.Tests.Commands.Lint;

namespace Reflekt.Cli.Tests.Commands.Diff;

public sealed class DiffCommandTests
{
    private static readonly string Minor = LintProject.Clean
        .Replace("\"1-0\"", "\"1-1\"")
        .Replace("1-0.json", "1-1.json")
        .Replace("\"order_id\": {\"description\": \"Order id.\", \"type\": \"string\"}",
            "\"order_id\": {\"description\": \"Order id.\", \"type\": \"integer\"},\n    \"coupon\": {\"description\": \"Coupon.\", \"type\": \"string\"}");

    [Fact]
    public async Task Two_schema_ids_are_compared_and_changes_explained()
    {
        using var project = new LintProject();
        project.Dir.Write("schemas/shop/Order_Completed/1-1.json", Minor);

        var result = await CliRunner.RunAsync(project.Path, "diff", "shop/Order_Completed/1-0.json", "shop/Order_Completed/1-1.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("breaking      /properties/order_id/type: type changed from \"string\" to \"integer\" — values of a dropped type were valid and are now rejected  (/properties/order_id/type)", result.Out);
        Assert.Contains("non-breaking  /properties/coupon: optional property \"coupon\" added  (/properties/coupon)", result.Out);
        Assert.Contains("2 change(s): 1 breaking, 1 non-breaking.", result.Out);
    }

    [Fact]
    public async Task Json_format()
    {
        using var project = new LintProject();
        project.Dir.Write("schemas/shop/Order_Completed/1-1.json", Minor);

        var result = await CliRunner.RunAsync(project.Path, "diff", "--format", "json", "schemas/shop/Order_Completed/1-0.json", "schemas/shop/Order_Completed/1-1.json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("breaking").GetInt32());
        var change = json.RootElement.GetProperty("comparisons")[0].GetProperty("changes")[0];
        Assert.Equal("breaking", change.GetProperty("impact").GetString());
        Assert.Equal("type-narrowed", change.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Base_ref_compares_with_git_history()
    {
        using var project = new LintProject();
        Git(project.Path, "init", "-q");
        Git(project.Path, "add", "-A");
        Git(project.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        project.Dir.Write(LintProject.CleanPath, LintProject.Clean.Replace("\"required\": [\"order_id\"],", ""));
        project.WithBroken();

        var result = await CliRunner.RunAsync(project.Path, "diff", "--base", "HEAD");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("schemas/shop/Add_to_Cart/1-0.json: new schema (not in HEAD)", result.Out);
        Assert.Contains("non-breaking  /properties/order_id: \"order_id\" changed from required to optional", result.Out);
    }

    [Fact]
    public async Task Base_ref_fails_on_a_breaking_change_unless_told_not_to()
    {
        using var project = Committed();
        project.Dir.Write(LintProject.CleanPath, LintProject.Clean.Replace("\"type\": \"string\"}", "\"type\": \"integer\"}"));

        var failing = await CliRunner.RunAsync(project.Path, "diff", "--base", "HEAD");
        var passing = await CliRunner.RunAsync(project.Path, "diff", "--base", "HEAD", "--fail-on", "none");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("1 breaking", failing.Out);
        Assert.Equal(0, passing.ExitCode);
    }

    [Fact]
    public async Task A_removed_major_is_breaking()
    {
        using var project = Committed();
        Git(project.Path, "rm", "-q", LintProject.CleanPath);

        var result = await CliRunner.RunAsync(project.Path, "diff", "--base", "HEAD");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("schemas/shop/Order_Completed/1-0.json: removed since HEAD", result.Out);
        Assert.Contains("breaking      schema file removed and no MAJOR 1 version of the event remains", result.Out);
    }

    [Fact]
    public async Task A_renamed_file_is_compared_with_its_old_name()
    {
        using var project = Committed();
        Directory.CreateDirectory(System.IO.Path.Combine(project.Path, "schemas/shop/Order_Placed"));
        Git(project.Path, "mv", LintProject.CleanPath, "schemas/shop/Order_Placed/1-0.json");

        var result = await CliRunner.RunAsync(project.Path, "diff", "--base", "HEAD");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("schemas/shop/Order_Placed/1-0.json: no changes (renamed from HEAD:schemas/shop/Order_Completed/1-0.json)", result.Out);
        Assert.DoesNotContain("new schema", result.Out);
    }

    [Fact]
    public async Task Markdown_has_one_table_per_event_and_github_annotates_breaking_changes()
    {
        using var project = new LintProject();
        project.Dir.Write("schemas/shop/Order_Completed/1-1.json", Minor);

        var markdown = await CliRunner.RunAsync(project.Path, "diff", "--format", "markdown", "shop/Order_Completed/1-0.json", "shop/Order_Completed/1-1.json");
        var github = await CliRunner.RunAsync(project.Path, "diff", "--format", "github", "shop/Order_Completed/1-0.json", "shop/Order_Completed/1-1.json");

        Assert.Contains("### `shop/Order_Completed/1-1.json`", markdown.Out);
        Assert.Contains("| **breaking** | `/properties/order_id/type` |", markdown.Out);
        Assert.Contains("::error file=shop/Order_Completed/1-1.json,title=Breaking schema change::/properties/order_id/type: type changed", github.Out);
        Assert.Contains("::notice file=shop/Order_Completed/1-1.json", github.Out);
    }

    private static LintProject Committed()
    {
        var project = new LintProject();
        Git(project.Path, "init", "-q");
        Git(project.Path, "add", "-A");
        Git(project.Path, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        return project;
    }

    [Fact]
    public async Task Unknown_ref_is_bad_input()
    {
        using var project = new LintProject();
        Git(project.Path, "init", "-q");

        var result = await CliRunner.RunAsync(project.Path, "diff", "--base", "no-such-branch");

        Assert.Contains("--base no-such-branch", result.AssertOneLineError());
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
