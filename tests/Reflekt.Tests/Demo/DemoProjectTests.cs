using DuckDB.NET.Data;
using Reflekt.Demo;
using Reflekt.Projects;
using Reflekt.Testing;

namespace Reflekt.Tests.Demo;

/// <summary>A fresh demo passes its own package's <c>dbt source freshness</c>: its data ends just before "now".</summary>
public sealed class DemoProjectTests
{
    [Fact]
    public async Task Every_raw_table_of_a_fresh_demo_is_within_the_source_freshness_window()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempDirectory();
        var demo = Path.Combine(dir.Path, "demo");
        var before = DateTimeOffset.UtcNow;
        var rows = await DemoProject.CreateAsync(demo, cancellationToken: ct);

        // dbt warns past warn_after (and errors past error_after), per source table, on max(loaded_at_field).
        var sources = ReflektProject.Load(demo).Dbt.Sources;
        var warnAfter = sources.Freshness?.WarnAfter ?? throw new InvalidOperationException("the demo sets no freshness");
        Assert.Equal(new DbtFreshnessThreshold(12, DbtFreshnessPeriod.Hour), warnAfter);
        Assert.Equal("received_at", sources.LoadedAtField);
        await using var connection = new DuckDBConnection($"Data Source={Path.Combine(demo, DemoProject.WarehousePath)}");
        await connection.OpenAsync(ct);
        foreach (var table in rows.Keys)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"select epoch(max(received_at)) from {DemoProject.RawSchema}.{table}";
            var seconds = Convert.ToDouble(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            var newest = DateTimeOffset.UnixEpoch.AddSeconds(seconds);
            Assert.True(newest > before - TimeSpan.FromHours(warnAfter.Count) && newest <= DateTimeOffset.UtcNow,
                $"{table}: newest received_at {newest:O}, demo created at {before:O}");
        }
    }
}
