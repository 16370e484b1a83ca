namespace Reflekt.Cli.Tests.Commands.Push;

/// <summary>Issue 16 row 13: a push with nothing changed sends no write request.</summary>
public sealed class PushUnchangedTests
{
    [Fact]
    public async Task A_single_event_push_with_nothing_changed_sends_no_PATCH()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Order_Completed")).ExitCode);
        p.Segment.ClearRequests();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Order_Completed");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Added 0, changed 0, removed 0 (1 unchanged).\n", result.Out, StringComparison.Ordinal);
        Assert.NotEmpty(p.Segment.Requests);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task A_whole_plan_push_with_nothing_changed_sends_no_PUT()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);
        p.Segment.ClearRequests();

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Added 0, changed 0, removed 0 (9 unchanged).\n", result.Out, StringComparison.Ordinal);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
    }
}
