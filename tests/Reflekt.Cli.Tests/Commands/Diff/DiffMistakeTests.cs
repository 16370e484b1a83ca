using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Diff;

/// <summary>Issue 16: a new user's mistakes with `diff`.</summary>
public sealed class DiffMistakeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    // Row 14: a broken file gets the file:line:col wording of every other command, not the parser's raw text.
    [Fact]
    public async Task Broken_json_is_named_with_line_and_column()
    {
        _dir.Write("a.json", """{"type": "object"}""");
        var broken = _dir.Write("broken.json", "{\n  \"type\": ,\n}");

        var line = (await CliRunner.RunAsync(_dir.Path, "diff", "a.json", "broken.json")).AssertOneLineError();

        Assert.StartsWith($"{broken}:2:11: not valid JSON: ", line);
        Assert.DoesNotContain("LineNumber", line);
        Assert.DoesNotContain("BytePositionInLine", line);
    }

    // Row 15: one schema only says what diff needs, not "(not both)".
    [Fact]
    public async Task One_schema_says_what_diff_needs()
    {
        _dir.Write("one.json", "{}");

        var line = (await CliRunner.RunAsync(_dir.Path, "diff", "one.json")).AssertOneLineError();

        Assert.StartsWith("diff needs OLD and NEW, or --base REF", line);
        Assert.DoesNotContain("not both", line);
    }
}
