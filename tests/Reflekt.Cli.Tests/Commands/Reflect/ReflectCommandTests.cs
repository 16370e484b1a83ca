using System.Text.Json.Nodes;
using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Reflect;

public sealed class ReflectCommandTests
{
    private static async Task<(TempDirectory Dir, string Demo)> DemoAsync()
    {
        var dir = new TempDirectory();
        var init = await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo");
        Assert.True(init.ExitCode == 0, init.Error);
        return (dir, Path.Combine(dir.Path, "demo"));
    }

    private static string[] Reflect(params string[] more) =>
        ["reflect", "--select", "demo", "--source", $"{DemoProject.SourceId}.warehouse.{DemoProject.RawSchema}", "--sdk", "segment", .. more];

    [Fact]
    public async Task Reflects_the_demo_warehouse_and_keeps_snapshots_in_the_project_cache()
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;

        var result = await CliRunner.RunAsync(demo, Reflect("--days", "3650", "--stale-after", "36500d"));

        Assert.True(result.ExitCode == 0, result.Error + result.Out);
        Assert.Contains("order_completed  ok  revision 1", result.Out);
        Assert.EndsWith("6 ok\n", result.Out.ReplaceLineEndings("\n"));
        var cache = Path.Combine(demo, ".reflekt_cache", "reflections", "demo.warehouse.segment");
        Assert.Equal(6, Directory.GetFiles(cache, "*.json").Length);
        var snapshot = JsonNode.Parse(File.ReadAllText(Path.Combine(cache, "order_completed.json")))!;
        Assert.Equal(1, (int)snapshot["revision"]!);
        Assert.True((long)snapshot["row_count"]! > 0);
    }

    [Fact]
    public async Task A_column_added_is_a_new_revision_and_fails_on_drift_as_json()
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;
        Assert.Equal(0, (await CliRunner.RunAsync(demo, Reflect("--days", "3650", "--stale-after", "36500d"))).ExitCode);
        await DemoWarehouse.ExecuteAsync(demo, "ALTER TABLE order_completed ADD COLUMN surprise VARCHAR");

        var result = await CliRunner.RunAsync(demo, Reflect("--days", "3650", "--stale-after", "36500d", "--format", "json", "--fail-on", "drift,stale"));

        Assert.True(result.ExitCode == 1, result.Error + result.Out);
        var json = JsonNode.Parse(result.Out)!;
        Assert.Equal("demo.warehouse.segment", (string?)json["source"]);
        Assert.Equal(7, (long)json["queries_sent"]!);
        var order = json["tables"]!.AsArray().Single(t => (string?)t!["drift"]!["table"] == "order_completed")!;
        Assert.Equal("drift", (string?)order["drift"]!["status"]);
        Assert.Equal(["surprise"], order["drift"]!["undeclared"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("RF002", (string?)order["drift"]!["diagnostics"]![0]!["rule_id"]);
        Assert.Equal(2, (int)order["snapshot"]!["revision"]!);
        Assert.Equal(["surprise"], order["snapshot"]!["history"]![1]!["added"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task Stale_events_fail_only_when_asked()
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;

        var lenient = await CliRunner.RunAsync(demo, Reflect("--fail-on", "drift"));
        // The demo's newest events are a minute old: stale after one second, not after the default day.
        var strict = await CliRunner.RunAsync(demo, Reflect("--fail-on", "stale", "--stale-after", "1s", "--format", "markdown"));

        Assert.True(lenient.ExitCode == 0, lenient.Error + lenient.Out);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("| `order_completed` | `demo/Order_Completed/1-0.json` | stale |", strict.Out);
    }

    [Theory]
    [InlineData("--stale-after", "soon", "Invalid argument '--stale-after soon': expected a positive duration")]
    [InlineData("--fail-on", "drift,bugs", "Invalid argument '--fail-on drift,bugs': 'bugs' is not one of drift, stale, error")]
    [InlineData("--days", "0", "--days must be at least 1")]
    public async Task Bad_option_values_are_one_line_errors(string option, string value, string message)
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;

        var result = await CliRunner.RunAsync(demo, Reflect(option, value));

        Assert.StartsWith(message, result.AssertOneLineError());
        Assert.False(Directory.Exists(Path.Combine(demo, ".reflekt_cache", "reflections")));
    }

    [Fact]
    public async Task Unknown_source_id_and_malformed_source_are_one_line_errors()
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;

        var unknown = await CliRunner.RunAsync(demo, "reflect", "--select", "demo", "--source", "nope.warehouse.segment");
        var malformed = await CliRunner.RunAsync(demo, "reflect", "--select", "demo", "--source", "nope.segment");

        Assert.StartsWith("Invalid argument '--source nope.warehouse.segment'. source id 'nope' does not match", unknown.AssertOneLineError());
        Assert.Equal("Invalid argument '--source nope.segment': it has 2 parts. The source argument must follow the format: <source_id>.<database>.<schema>", malformed.AssertOneLineError());
    }

    [Fact]
    public async Task Build_reflect_and_serve_read_one_source_grammar()
    {
        var (dir, demo) = await DemoAsync();
        using var _ = dir;
        const string expected = "Invalid argument '{0} demo.warehouse.x.segment': it has 4 parts; quote a name that contains a dot, e.g. demo.\"warehouse.x\".segment. The source argument must follow the format: <source_id>.<database>.<schema>";

        // Before, build read a 4-part address as database "warehouse.x" and reflect refused it: now the same error for all.
        var build = await CliRunner.RunAsync(demo, "build", "--artifact", "dbt", "--select", "demo", "--source", "demo.warehouse.x.segment", "--sdk", "segment");
        var reflect = await CliRunner.RunAsync(demo, "reflect", "--select", "demo", "--source", "demo.warehouse.x.segment");
        var serve = await CliRunner.RunAsync(demo, "serve", "--port", "0", "--write-key", "k", "--valid-write-key", "v", "--invalid-write-key", "i",
            "--reflect-source", "demo.warehouse.x.segment");

        Assert.Equal(string.Format(expected, "--source"), build.AssertOneLineError());
        Assert.Equal(string.Format(expected, "--source"), reflect.AssertOneLineError());
        Assert.Equal(string.Format(expected, "--reflect-source"), serve.AssertOneLineError());

        // Quoted parts are the same names: both commands accept them.
        var quotedBuild = await CliRunner.RunAsync(demo, "build", "--artifact", "dbt", "--select", "demo", "--source", "demo.\"warehouse\".\"segment\"", "--sdk", "segment");
        var quotedReflect = await CliRunner.RunAsync(demo, "reflect", "--select", "demo", "--source", "\"demo\".warehouse.segment", "--days", "3650", "--stale-after", "36500d");
        Assert.True(quotedBuild.ExitCode == 0, quotedBuild.Error);
        Assert.True(quotedReflect.ExitCode == 0, quotedReflect.Error + quotedReflect.Out);
    }
}
