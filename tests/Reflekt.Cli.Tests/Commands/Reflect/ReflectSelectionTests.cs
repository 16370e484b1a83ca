using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Reflect;

/// <summary>
/// Issue 16 row 1: `reflect --select` reflects and stores only the selected schemas' tables; tables no schema
/// describes (RF005) are reported only when the whole source is selected.
/// </summary>
public sealed class ReflectSelectionTests : IDisposable
{
    private const string StrayTable = "coupon_applied";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Demo => Path.Combine(_dir.Path, "demo");

    private string Cache => Path.Combine(Demo, ".reflekt_cache", "reflections", $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}");

    private static string[] Reflect(params string[] more) =>
        ["reflect", "--source", $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}", "--sdk", "segment", "--days", "3650", "--stale-after", "36500d", .. more];

    private async Task InitDemoWithStrayTableAsync()
    {
        var init = await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo");
        Assert.True(init.ExitCode == 0, init.Error);
        // An event table the demo's schemas do not describe: the one table a whole-source run may call untracked.
        await DemoWarehouse.ExecuteAsync(Demo, $"CREATE TABLE {StrayTable} (id VARCHAR, received_at TIMESTAMP)");
    }

    private Dictionary<string, byte[]> Snapshots() =>
        Directory.GetFiles(Cache, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public async Task Selecting_one_schema_reflects_only_its_table_and_leaves_other_history_byte_identical()
    {
        await InitDemoWithStrayTableAsync();
        var whole = await CliRunner.RunAsync(Demo, Reflect());
        Assert.True(whole.ExitCode == 0, whole.Error + whole.Out);
        var before = Snapshots();
        Assert.Equal(7, before.Count);

        var result = await CliRunner.RunAsync(Demo, Reflect("--select", "demo/Order_Completed", "--fail-on", "drift"));

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        string[] lines = [.. result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')];
        Assert.StartsWith("Reflected 1 tables in demo.warehouse.segment at ", lines[0]);
        Assert.StartsWith("order_completed  ok  revision 1  valid through ", lines[1]);
        Assert.Equal("1 ok", lines[2]);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("RF005", result.Out);

        var after = Snapshots();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before.Where(s => s.Key != "order_completed.json"))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed although its schema was not selected");
        }
    }

    [Fact]
    public async Task A_partial_selection_never_writes_snapshots_of_unselected_tables()
    {
        await InitDemoWithStrayTableAsync();

        var result = await CliRunner.RunAsync(Demo, Reflect("--select", "demo/Order_Completed", "--fail-on", "drift"));

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Equal(["order_completed.json"], Snapshots().Keys);
    }

    [Theory]
    [InlineData]
    [InlineData("--select", ".")]
    [InlineData("--select", "demo")]
    public async Task Untracked_tables_are_reported_when_the_whole_source_is_selected(params string[] select)
    {
        await InitDemoWithStrayTableAsync();

        var result = await CliRunner.RunAsync(Demo, Reflect([.. select, "--fail-on", "drift"]));

        Assert.True(result.ExitCode == 1, result.Error + result.Out);
        Assert.Contains($"  RF005 warning: {StrayTable}: event table described by no schema", result.Out.ReplaceLineEndings("\n").Split('\n'));
        Assert.Single(result.Out.Split('\n'), l => l.Contains("RF005", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(Cache, StrayTable + ".json")));
    }
}
