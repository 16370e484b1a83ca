namespace Reflekt.Cli.Tests.Commands.Push;

public sealed class PushCommandTests
{
    [Fact]
    public async Task Push_to_a_new_plan_creates_it_uploads_the_rules_and_lists_them()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunAsync("push", "--registry", "segment", "--select", "schemas/jaffle_shop");

        Assert.Equal(0, result.ExitCode);
        // The first GET reads what the plan holds for the breaking-change check; the plan does not exist yet.
        Assert.Equal(["GET /tracking-plans", "GET /tracking-plans", "POST /tracking-plans", "PUT /tracking-plans/tp_standin1/rules"], p.Segment.Requests.Select(r => r.Line));
        Assert.Contains("Pushed --select schemas/jaffle_shop to segment:\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: Tracking plan 'jaffle_shop' did not exist; created it.\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  + TRACK \"Order Completed\" v1\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  + IDENTIFY v1\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Added 9, changed 0, removed 0 (0 unchanged).\n", result.Out, StringComparison.Ordinal);
        var log = File.ReadAllText(Path.Combine(p.Dir.Path, ".logs", "reflekt.log"));
        Assert.Contains($"Segment Public API: PUT {p.Segment.BaseUrl}tracking-plans/tp_standin1/rules -> 200 in ", log, StringComparison.Ordinal);
        Assert.DoesNotContain(SegmentProject.Token, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_what_would_change_and_sends_only_reads()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        p.Segment.AddPlan("jaffle_shop");

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Order_Completed", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.All(p.Segment.Requests, r => Assert.Equal("GET", r.Method));
        Assert.Equal(
            "Dry run: nothing was sent to segment. For --select jaffle_shop/Order_Completed:\n  + TRACK \"Order Completed\" v1\nWould add 1, change 0, remove 0 (0 unchanged).\n"
            + "Breaking-change check against what segment holds under the same MAJOR:\n  TRACK \"Order Completed\" v1: new (nothing held under this MAJOR)\n",
            result.Out);
    }

    [Fact]
    public async Task Delete_without_a_terminal_and_without_force_refuses_and_sends_nothing()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop", "--delete");

        Assert.StartsWith("--delete asks for confirmation", result.AssertOneLineError(), StringComparison.Ordinal);
        Assert.Empty(p.Segment.Requests);
    }

    [Fact]
    public async Task Delete_asks_first_and_no_keeps_everything()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunInteractiveAsync("n\n", "push", "-r", "segment", "-s", "jaffle_shop", "-D");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Are you sure you want to delete the schema(s) selected by:\n   --select jaffle_shop\n [y/N] ", result.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing deleted.", result.Out, StringComparison.Ordinal);
        Assert.Empty(p.Segment.Requests);
    }

    [Fact]
    public async Task Delete_confirmed_or_forced_removes_the_rules()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);
        Assert.Equal(0, (await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop")).ExitCode);
        p.Segment.ClearRequests();

        var confirmed = await p.RunInteractiveAsync("y\n", "push", "-r", "segment", "-s", "jaffle_shop/Order_Completed", "-D");
        var forced = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Cart_Viewed", "--delete", "--force");

        Assert.Equal(0, confirmed.ExitCode);
        Assert.Contains("  - TRACK \"Order Completed\" v1\n", confirmed.Out, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("  - TRACK \"Cart Viewed\" v1\n", forced.Out, StringComparison.Ordinal);
        Assert.Equal(2, p.Segment.Requests.Count(r => r.Method == "DELETE"));
        Assert.Equal(7, p.Segment.Rules("tp_standin1").Count);
    }

    [Fact]
    public async Task A_401_exits_2_with_one_line_naming_the_service_status_and_its_text()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true, token: "wrong-token");

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop");

        Assert.Equal(
            "Segment Public API answered 401 Unauthorized to GET /tracking-plans: Unauthorized: the token is missing, invalid or lacks permission",
            result.AssertOneLineError());
    }

    [Fact]
    public async Task A_registry_type_missing_from_the_profile_exits_2()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunAsync("push", "-r", "s3", "-s", "jaffle_shop");

        Assert.StartsWith("Registry type 's3' not configured in profile 'dev' in ", result.AssertOneLineError(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_registry_type_is_a_usage_error()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunAsync("push", "-r", "amplitude", "-s", "jaffle_shop");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("amplitude", result.Error, StringComparison.Ordinal);
        Assert.Empty(p.Segment.Requests);
    }

    [Fact]
    public async Task A_select_matching_nothing_exits_2_before_any_request()
    {
        await using var p = await SegmentProject.CreateAsync(withSchemas: true);

        var result = await p.RunAsync("push", "-r", "segment", "-s", "jaffle_shop/Nope");

        Assert.StartsWith("--select 'jaffle_shop/Nope' matches no schema", result.AssertOneLineError(), StringComparison.Ordinal);
        Assert.Empty(p.Segment.Requests);
    }
}
