using System.Text.Json;
using Reflekt.Cli.Tests.Commands.Lint;

namespace Reflekt.Cli.Tests.Commands.Validate;

/// <summary>Issue 16: a new user's mistakes with `validate`.</summary>
public sealed class ValidateMistakeTests
{
    // Row 17: a bad 5th line (after a blank one) is document 4 on line 5, in text and JSON alike.
    private const string Events = """
        {"type": "track", "properties": {"order_id": "o-1"}}
        {"type": "track", "properties": {"order_id": "o-2"}}

        {"type": "track", "properties": {"order_id": "o-3"}}
        {"type": "track", "properties": {"order_id": 
        """;

    [Fact]
    public async Task A_bad_fifth_line_is_named_by_its_document_and_line_both_one_based()
    {
        using var project = new LintProject();
        project.Dir.Write("events.ndjson", Events);

        var text = await CliRunner.RunAsync(project.Path, "validate", "--schema", "shop/Order_Completed/1-0.json", "events.ndjson");
        var json = await CliRunner.RunAsync(project.Path, "validate", "--schema", "shop/Order_Completed/1-0.json", "--format", "json", "events.ndjson");

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("document 4 (line 5): invalid", text.Out);
        Assert.Contains("(document): not valid JSON", text.Out);
        Assert.Equal(1, json.ExitCode);
        using var last = JsonDocument.Parse(json.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
        Assert.Equal(4, last.RootElement.GetProperty("document").GetInt32());
        Assert.Equal(5, last.RootElement.GetProperty("line").GetInt32());
        Assert.False(last.RootElement.GetProperty("valid").GetBoolean());
    }
}
