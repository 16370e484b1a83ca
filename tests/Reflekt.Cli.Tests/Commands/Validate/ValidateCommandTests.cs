using System.Text.Json;
using Reflekt.Cli.Tests.Commands.Lint;

namespace Reflekt.Cli.Tests.Commands.Validate;

public sealed class ValidateCommandTests
{
    private const string Events = """
        {"type": "track", "event": "Order Completed", "properties": {"order_id": "o-1"}}
        {"type": "track", "event": "Order Completed", "properties": {"order_id": 7}}
        """;

    [Fact]
    public async Task Ndjson_file_by_schema_id_reports_invalid_documents_and_exits_one()
    {
        using var project = new LintProject();
        project.Dir.Write("events.ndjson", Events);

        var result = await CliRunner.RunAsync(project.Path, "validate", "--schema", "shop/Order_Completed/1-0.json", "events.ndjson");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("document 2 (line 2): invalid", result.Out);
        // The location is said once (issue 13), with the value that broke it.
        Assert.Contains("  /properties/order_id: expected string, got integer 7 [", result.Out);
        Assert.DoesNotContain("document 1 ", result.Out);
        Assert.Contains("2 document(s): 1 valid, 1 invalid.", result.Out);
    }

    [Fact]
    public async Task Json_format_gives_one_object_per_document()
    {
        using var project = new LintProject();
        project.Dir.Write("events.ndjson", Events);

        var result = await CliRunner.RunAsync(project.Path, "validate", "--schema", "schemas/shop/Order_Completed/1-0.json", "--format", "json", "events.ndjson");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("document").GetInt32());
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        Assert.True(first.RootElement.GetProperty("valid").GetBoolean());
        using var second = JsonDocument.Parse(lines[1]);
        var error = second.RootElement.GetProperty("errors")[0];
        Assert.Equal("/properties/order_id", error.GetProperty("instanceLocation").GetString());
        Assert.Equal("/properties/order_id/type", error.GetProperty("keywordLocation").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_long_report_from_a_file_is_written_whole_and_in_order()
    {
        // 3,000 invalid documents make well over one batch of output (BatchedWriter hands on ~32 K characters at a time).
        using var project = new LintProject();
        var lines = Enumerable.Range(0, 3000).Select(i => $$$"""{"type": "track", "event": "Order Completed", "properties": {"order_id": {{{i}}}}}""");
        project.Dir.Write("events.ndjson", string.Join('\n', lines));

        var result = await CliRunner.RunAsync(project.Path, "validate", "--schema", "shop/Order_Completed/1-0.json", "events.ndjson");

        Assert.Equal(1, result.ExitCode);
        var reports = result.Out.Split('\n').Where(l => l.StartsWith("document ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 3000).Select(n => $"document {n} (line {n}): invalid"), reports);
        Assert.EndsWith("3000 document(s): 0 valid, 3000 invalid.", result.Out.TrimEnd());
    }

    [Fact]
    public async Task Standard_input_and_raw_mode_with_a_schema_file()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, null, """{"order_id": "a"}""", false,
            "validate", "--schema", LintProject.CleanPath, "--raw", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 document(s): 1 valid, 0 invalid.", result.Out);
    }

    [Fact]
    public async Task Unknown_schema_is_bad_input()
    {
        using var project = new LintProject();

        var result = await CliRunner.RunAsync(project.Path, "validate", "--schema", "shop/Nope/1-0.json", "-");

        Assert.Contains("--schema shop/Nope/1-0.json", result.AssertOneLineError());
    }
}
