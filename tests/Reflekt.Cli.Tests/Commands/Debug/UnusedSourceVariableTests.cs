using Reflekt.Demo;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Debug;

/// <summary>Issue 16 row 9: an unset env_var() fails only the command that uses its source; debug lists it as ✗.</summary>
public sealed class UnusedSourceVariableTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _demo;

    public UnusedSourceVariableTests()
    {
        _demo = Path.Combine(_dir.Path, "demo");
    }

    public void Dispose() => _dir.Dispose();

    private async Task DemoWithAnUnresolvableSourceAsync()
    {
        Assert.Equal(0, (await CliRunner.RunAsync(_dir.Path, "init", "--demo", "demo")).ExitCode);
        File.AppendAllText(Path.Combine(_demo, "reflekt_profiles.yml"), """
                - id: pg
                  type: postgres
                  host: 127.0.0.1
                  port: 5432
                  database: analytics
                  user: reflekt
                  password: "{{ env_var('PG_PASSWORD') }}"

            """);
    }

    [Fact]
    public async Task Build_from_another_source_succeeds()
    {
        await DemoWithAnUnresolvableSourceAsync();

        var result = await CliRunner.RunAsync(_demo, DemoProject.BuildCommand.Split(' ')[1..]);

        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public async Task Build_from_that_source_names_the_variable()
    {
        await DemoWithAnUnresolvableSourceAsync();

        var result = await CliRunner.RunAsync(_demo, "build", "--artifact", "dbt", "--select", "demo", "--source", "pg.analytics.segment", "--sdk", "segment");

        var line = result.AssertOneLineError();
        Assert.EndsWith("environment variable 'PG_PASSWORD' is not set", line);
        Assert.StartsWith(Path.Combine(_demo, "reflekt_profiles.yml") + ":", line);
    }

    [Fact]
    public async Task Debug_shows_it_as_a_failed_check_and_still_checks_the_rest()
    {
        await DemoWithAnUnresolvableSourceAsync();

        var result = await CliRunner.RunAsync(_demo, "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        var rows = result.Out.Split('\n');
        Assert.Contains(rows, r => r.Contains("source pg", StringComparison.Ordinal) && r.Contains('✗') && r.Contains("environment variable 'PG_PASSWORD' is not set", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("source demo (duckdb)", StringComparison.Ordinal) && r.Contains('✓'));
        Assert.Contains("1 check(s) failed.", result.Out);
    }
}
