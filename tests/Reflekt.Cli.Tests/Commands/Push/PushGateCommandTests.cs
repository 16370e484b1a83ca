using System.Text.Json.Nodes;

namespace Reflekt.Cli.Tests.Commands.Push;

/// <summary><c>reflekt push</c>'s breaking-change gate and its exit codes, against the Segment stand-in.</summary>
public sealed class PushGateCommandTests
{
    private const string OrderCompleted = "schemas/jaffle_shop/Order_Completed/1-0.json";

    // Pushes the upstream schemas, then restricts currency to USD in the local file (a breaking change).
    private static async Task<SegmentProject> PushedThenTightenedAsync()
    {
        var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);
        var path = Path.Combine(p.Dir.Path, OrderCompleted);
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schema["properties"]!["currency"]!["enum"] = new JsonArray("USD", "EUR");
        File.WriteAllText(path, schema.ToJsonString());
        p.Segment.ClearRequests();
        return p;
    }

    [Fact]
    public async Task A_breaking_change_is_refused_with_exit_1_each_change_explained_and_nothing_sent()
    {
        await using var p = await PushedThenTightenedAsync();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(
            "Refused to push --select jaffle_shop to segment: 1 breaking change(s) against what segment holds under the same MAJOR; nothing was sent.\n"
            + "  TRACK \"Order Completed\" v1: 1 change(s), breaking\n"
            + "    breaking      /properties/currency/enum: values restricted to [\"USD\",\"EUR\"] — other values were valid and are now rejected  (/properties/currency/enum)\n"
            + "Make the change a new MAJOR version, or pass --allow-breaking to push it anyway.\n",
            result.Out);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Allow_breaking_pushes_it_exits_0_and_names_the_change()
    {
        await using var p = await PushedThenTightenedAsync();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Order_Completed", "--allow-breaking");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("PATCH /tracking-plans/tp_standin1/rules", p.Segment.Requests[^1].Line);
        Assert.Contains("  ~ TRACK \"Order Completed\" v1\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: pushed 1 breaking change(s) with --allow-breaking:\n  TRACK \"Order Completed\" v1: 1 change(s), breaking\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_every_schemas_verdict_and_exits_1_when_the_push_would_be_refused()
    {
        await using var p = await PushedThenTightenedAsync();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop", "--dry-run");

        Assert.Equal(1, result.ExitCode);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Contains("  ~ TRACK \"Order Completed\" v1\nWould add 0, change 1, remove 0 (8 unchanged).\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Breaking-change check against what segment holds under the same MAJOR:\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  TRACK \"Cart Viewed\" v1: no changes\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  IDENTIFY v1: no changes\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  TRACK \"Order Completed\" v1: 1 change(s), breaking\n    breaking      /properties/currency/enum: ", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("The push would be refused: 1 breaking change(s); pass --allow-breaking to push anyway.\n", result.Out, StringComparison.Ordinal);
        Assert.Equal(9, result.Out.Split('\n').Count(l => l.StartsWith("  TRACK", StringComparison.Ordinal) || l.StartsWith("  IDENTIFY", StringComparison.Ordinal) || l.StartsWith("  PAGE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Dry_run_with_allow_breaking_exits_0()
    {
        await using var p = await PushedThenTightenedAsync();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop", "--dry-run", "--allow-breaking");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("would be refused", result.Out, StringComparison.Ordinal);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task A_non_breaking_change_is_pushed_with_exit_0()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);
        var path = Path.Combine(p.Dir.Path, OrderCompleted);
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        schema["properties"]!["currency"]!["description"] = "ISO 4217 code of the order's currency.";
        File.WriteAllText(path, schema.ToJsonString());

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Added 0, changed 1, removed 0 (8 unchanged).\n", result.Out, StringComparison.Ordinal);
    }
}
