using System.Text.Json;
using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Build;

/// <summary>Issue 14: the build as a tool — what it says it built, a wrong --source, --strict, and hand-edited files.</summary>
public sealed class BuildReportTests
{
    private static readonly string[] BuildArgs = DemoProject.BuildCommand.Split(' ')[1..];

    [Fact]
    public async Task Text_output_ends_with_the_summary_and_json_lists_the_models()
    {
        var (dir, demo, package) = await DemoAsync();
        using var _ = dir;

        var text = await CliRunner.RunAsync(demo, BuildArgs);
        var json = await CliRunner.RunAsync(demo, [.. BuildArgs, "--format", "json"]);

        Assert.True(text.ExitCode == 0, text.Error + text.Out);
        Assert.Matches(@"Successfully built dbt package: \d+ models, \d+ tests, 0 warnings\n$", text.Out.ReplaceLineEndings("\n"));
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal("reflekt_demo", root.GetProperty("package").GetString());
        var built = root.GetProperty("built").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("models").GetInt32(), built.Count);
        Assert.Equal(root.GetProperty("tests").GetInt32(), built.Sum(m => m.GetProperty("tests").GetInt32()));
        Assert.Contains(built, m => m.GetProperty("path").GetString() == "models/segment/stg_segment__order_completed.sql");
        Assert.All(built, m => Assert.True(File.Exists(Path.Combine(package, m.GetProperty("path").GetString()!))));
        Assert.Contains($"{built.Count} models, {root.GetProperty("tests").GetInt32()} tests, 0 warnings", text.Out);
    }

    [Fact]
    public async Task A_source_schema_without_tables_exits_two_naming_it_and_listing_the_schemas()
    {
        var (dir, demo, _) = await DemoAsync();
        using var __ = dir;
        var args = BuildArgs.ToArray();
        var source = Array.IndexOf(args, "--source") + 1;
        args[source] = args[source][..args[source].LastIndexOf('.')] + ".segmnt";

        var result = await CliRunner.RunAsync(demo, args);

        var line = result.AssertOneLineError();
        Assert.StartsWith($"Invalid argument '--source {args[source]}': schema 'segmnt' has no tables in database ", line);
        Assert.Contains("it has: ", line);
        Assert.Contains("segment", line[line.IndexOf("it has: ", StringComparison.Ordinal)..]);
        Assert.False(Directory.Exists(Path.Combine(demo, "artifacts", "dbt", "reflekt_demo")));
    }

    [Fact]
    public async Task Strict_turns_warnings_into_exit_one_and_still_writes_the_package()
    {
        var (dir, demo, package) = await DemoAsync();
        using var _ = dir;
        await DemoWarehouse.ExecuteAsync(demo, "drop table product_added");

        var lenient = await CliRunner.RunAsync(demo, BuildArgs);
        var strict = await CliRunner.RunAsync(demo, [.. BuildArgs, "--strict"]);

        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("RKD001 Table 'warehouse.segment.product_added' does not exist", strict.Out);
        Assert.Contains(" 1 warnings", strict.Out);
        Assert.True(File.Exists(Path.Combine(package, "models/segment/stg_segment__order_completed.sql")));
    }

    [Fact]
    public async Task A_hand_edited_model_stops_the_rebuild_until_forced()
    {
        var (dir, demo, package) = await DemoAsync();
        using var _ = dir;
        Assert.Equal(0, (await CliRunner.RunAsync(demo, BuildArgs)).ExitCode);
        var model = Path.Combine(package, "models", "segment", "stg_segment__order_completed.sql");
        var generated = File.ReadAllText(model);
        File.WriteAllText(model, generated + "-- my tweak\n");
        File.WriteAllText(Path.Combine(package, "models", "segment", "my_model.sql"), "select 1\n");

        var refused = await CliRunner.RunAsync(demo, BuildArgs);

        Assert.StartsWith($"{model}: edited by hand since Reflekt generated it", refused.AssertOneLineError());
        Assert.EndsWith("-- my tweak\n", File.ReadAllText(model));

        var forced = await CliRunner.RunAsync(demo, [.. BuildArgs, "--force"]);

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(generated, File.ReadAllText(model));
        Assert.Equal("select 1\n", File.ReadAllText(Path.Combine(package, "models", "segment", "my_model.sql")));
    }

    [Fact]
    public async Task Deleting_a_schema_removes_its_models_on_rebuild()
    {
        var (dir, demo, package) = await DemoAsync();
        using var _ = dir;
        Assert.Equal(0, (await CliRunner.RunAsync(demo, BuildArgs)).ExitCode);
        Assert.True(File.Exists(Path.Combine(package, "models/segment/stg_segment__product_added.sql")));
        Directory.Delete(Path.Combine(demo, "schemas", "demo", "Product_Added"), recursive: true);

        var result = await CliRunner.RunAsync(demo, BuildArgs);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Removing 'models/segment/stg_segment__product_added.sql' (no longer built)", result.Out);
        Assert.False(File.Exists(Path.Combine(package, "models/segment/stg_segment__product_added.sql")));
        Assert.False(File.Exists(Path.Combine(package, "models/segment/_stg_segment__product_added.yml")));
        Assert.DoesNotContain("- name: product_added", File.ReadAllText(Path.Combine(package, "models/segment/__src_segment.yml")));
    }

    private static async Task<(TempDirectory Dir, string Demo, string Package)> DemoAsync()
    {
        var dir = new TempDirectory();
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(dir.Path, "demo");
        return (dir, demo, Path.Combine(demo, "artifacts", "dbt", "reflekt_demo"));
    }
}
