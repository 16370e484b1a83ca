using Reflekt.Cli.Tests.Commands.Push;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Pull;

public sealed class PullCommandTests
{
    [Fact]
    public async Task Pull_into_an_empty_project_writes_upstream_formatted_files_and_lists_them()
    {
        await using var source = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await source.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);
        Directory.Delete(Path.Combine(source.Dir.Path, "schemas"), recursive: true);

        var result = await source.RunAsync("pull", "--registry", "segment", "--select", "jaffle_shop");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Pulled 9 schema(s) from segment for --select jaffle_shop:\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  created   schemas/jaffle_shop/Order_Completed/1-0.json\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Created 9, updated 0, unchanged 0.\n", result.Out, StringComparison.Ordinal);
        var fixtures = SharedFixtures.Path("fixtures", "reflekt-upstream", "schemas");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(fixtures, "jaffle_shop"), "*.json", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(fixtures, file);
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(source.Dir.Path, "schemas", relative)));
        }
    }

    [Fact]
    public async Task A_second_pull_lists_no_changed_files_unless_verbose()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);

        var quiet = await p.RunAsync("pull", "-r", "segment", "-s", "jaffle_shop/Order Completed");
        var verbose = await p.RunAsync("pull", "-r", "segment", "-s", "jaffle_shop/Order Completed", "-v");

        Assert.Equal("Pulled 1 schema(s) from segment for --select jaffle_shop/Order Completed:\nCreated 0, updated 0, unchanged 1.\n", quiet.Out);
        Assert.Contains("  unchanged schemas/jaffle_shop/Order_Completed/1-0.json\n", verbose.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pulling_an_unknown_event_exits_2_with_one_line()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        p.Segment.AddPlan("jaffle_shop");

        var result = await p.RunAsync("pull", "-r", "segment", "-s", "jaffle_shop/Nope");

        Assert.StartsWith("No Segment schemas found for: --select jaffle_shop/Nope.", result.AssertOneLineError(), StringComparison.Ordinal);
    }
}
