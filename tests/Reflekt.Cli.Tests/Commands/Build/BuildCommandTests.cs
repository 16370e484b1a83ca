using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Build;

public sealed class BuildCommandTests
{
    private static readonly string[] BuildArgs = DemoProject.BuildCommand.Split(' ')[1..];

    [Fact]
    public async Task Demo_then_build_writes_the_package_and_rebuilds_byte_identically()
    {
        using var dir = new TempDirectory();
        var init = await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo");
        Assert.True(init.ExitCode == 0, init.Error);
        Assert.True(init.Out.ReplaceLineEndings("").Contains(DemoProject.BuildCommand, StringComparison.Ordinal), init.Out);
        var demo = Path.Combine(dir.Path, "demo");
        Assert.Contains("type: duckdb", File.ReadAllText(Path.Combine(demo, "reflekt_profiles.yml")));
        var orders = Convert.ToInt64(await DemoWarehouse.ScalarAsync(demo, "select count(*) from warehouse.segment.order_completed"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(orders > 0, "DuckDB itself reads the demo's order_completed rows");

        var build = await CliRunner.RunAsync(demo, BuildArgs);

        Assert.True(build.ExitCode == 0, build.Error + build.Out);
        Assert.Contains("Building dbt package:\n    name: reflekt_demo\n", build.Out.ReplaceLineEndings("\n"));
        Assert.Contains("Building staging model 'stg_segment__order_completed.sql'", build.Out);
        Assert.Contains("Successfully built dbt package", build.Out);
        var package = Path.Combine(demo, "artifacts", "dbt", "reflekt_demo");
        var first = Snapshot(package);
        Assert.Contains("models/segment/stg_segment__users.sql", first.Keys);
        Assert.Contains("models/segment/__src_segment.yml", first.Keys);
        Assert.Contains("loaded_at_field: received_at", first["models/segment/__src_segment.yml"]);

        var again = await CliRunner.RunAsync(demo, BuildArgs);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(first, Snapshot(package));
    }

    [Fact]
    public async Task Unknown_source_id_is_one_line_and_leaves_the_package()
    {
        var (dir, demo, package) = await BuiltDemoAsync();
        using var _ = dir;
        var before = Snapshot(package);

        var result = await CliRunner.RunAsync(demo, "build", "--artifact", "dbt", "--select", "demo", "--source", "nope.warehouse.segment", "--sdk", "segment");

        var line = result.AssertOneLineError();
        Assert.StartsWith("Invalid argument '--source nope.warehouse.segment'. source id 'nope' does not match", line);
        Assert.Equal(before, Snapshot(package));
    }

    [Fact]
    public async Task Unreachable_warehouse_is_one_line_and_leaves_the_package()
    {
        var (dir, demo, package) = await BuiltDemoAsync();
        using var _ = dir;
        var before = Snapshot(package);
        File.AppendAllText(Path.Combine(demo, "reflekt_profiles.yml"), """
                - id: pg
                  type: postgres
                  host: 127.0.0.1
                  port: 1
                  database: analytics
                  user: reflekt

            """);

        var result = await CliRunner.RunAsync(demo, "build", "--artifact", "dbt", "--select", "demo", "--source", "pg.analytics.segment", "--sdk", "segment");

        var line = result.AssertOneLineError();
        Assert.StartsWith("source 'pg' (postgres://reflekt@127.0.0.1:1/analytics): ", line);
        Assert.Equal(before, Snapshot(package));
    }

    [Fact]
    public async Task Missing_table_warns_and_builds_the_rest()
    {
        using var dir = new TempDirectory();
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(dir.Path, "demo");
        await DemoWarehouse.ExecuteAsync(demo, "drop table product_added");

        var result = await CliRunner.RunAsync(demo, BuildArgs);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The data warehouse returned the following warning(s)", result.Out);
        Assert.Contains("Table 'warehouse.segment.product_added' does not exist in the warehouse; skipped schema demo/Product_Added/1-0.json.", result.Out);
        var files = Snapshot(Path.Combine(demo, "artifacts", "dbt", "reflekt_demo"));
        Assert.DoesNotContain("models/segment/stg_segment__product_added.sql", files.Keys);
        Assert.Contains("models/segment/stg_segment__order_completed.sql", files.Keys);
    }

    [Fact]
    public async Task Demo_refuses_a_non_empty_directory()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "keep.txt"), "x");

        var result = await CliRunner.RunAsync(dir.Path, "init", "--demo", ".");

        Assert.Contains("the directory is not empty", result.AssertOneLineError());
    }

    private static async Task<(TempDirectory Dir, string Demo, string Package)> BuiltDemoAsync()
    {
        var dir = new TempDirectory();
        Assert.Equal(0, (await CliRunner.RunAsync(dir.Path, "init", "--demo", "demo")).ExitCode);
        var demo = Path.Combine(dir.Path, "demo");
        Assert.Equal(0, (await CliRunner.RunAsync(demo, BuildArgs)).ExitCode);
        return (dir, demo, Path.Combine(demo, "artifacts", "dbt", "reflekt_demo"));
    }

    private static SortedDictionary<string, string> Snapshot(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);
}
