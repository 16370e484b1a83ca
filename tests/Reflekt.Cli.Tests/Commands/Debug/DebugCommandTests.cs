using Microsoft.Data.Sqlite;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Debug;

public sealed class DebugCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public DebugCommandTests()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
    }

    public void Dispose() => _dir.Dispose();

    private void CreateSqlite(string name)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir.Path, name)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "create table t (x int)";
        command.ExecuteNonQuery();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Reachable_sqlite_source_passes()
    {
        _dir.Write("reflekt_profiles.yml", Files.Profiles);
        CreateSqlite("warehouse.sqlite");

        var result = await CliRunner.RunAsync(_dir.Path, "debug");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"source local \(sqlite\)\s+│ ✓ │ sqlite:.*warehouse\.sqlite: select 1 ok", result.Out);
        Assert.Contains("All checks passed.", result.Out);
    }

    [Fact]
    public async Task Missing_database_file_fails_with_the_reason_and_exit_1()
    {
        _dir.Write("reflekt_profiles.yml", Files.Profiles);

        var result = await CliRunner.RunAsync(_dir.Path, "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("│ ✗ │ source 'local': database file", result.Out);
        Assert.Contains("1 check(s) failed.", result.Out);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "warehouse.sqlite")));
    }

    [Fact]
    public async Task Found_from_a_subdirectory_and_logged_without_secrets()
    {
        _dir.Write("reflekt_profiles.yml", Files.Profiles + "  registry:\n");
        _dir.Write("reflekt_profiles.yml", Files.Profiles.Replace("registry: []", "registry:\n    - type: reflekt\n      url: http://127.0.0.1:1\n      api_key: sup3r-secret", StringComparison.Ordinal));
        CreateSqlite("warehouse.sqlite");
        var schemas = Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas", "plan"));

        var result = await CliRunner.RunAsync(schemas.FullName, "debug");

        // Nothing listens on port 1: the registry's authenticated no-op call fails, the rest passes.
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("registry reflekt", result.Out);
        Assert.Contains("Reflekt registry: cannot reach GET http://127.0.0.1:1/schemas", result.Out);
        Assert.Contains("1 check(s) failed.", result.Out);
        Assert.DoesNotContain("sup3r-secret", result.Out);
        var log = File.ReadAllText(Path.Combine(_dir.Path, ".logs", "reflekt.log"));
        Assert.Contains("debug source local (sqlite): Pass", log);
        Assert.DoesNotContain("sup3r-secret", log);
    }

    [Fact]
    public async Task Schemas_that_are_not_json_fail_the_schemas_check()
    {
        _dir.Write("reflekt_profiles.yml", Files.Profiles);
        CreateSqlite("warehouse.sqlite");
        _dir.Write("schemas/plan/Good/1-0.json", "{}");
        _dir.Write("schemas/plan/Bad/1-0.json", "{\n  \"a\": ,\n}");

        var result = await CliRunner.RunAsync(_dir.Path, "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"schemas\s+│ ✗ │ 1 of 2 schema\(s\) are not valid JSON, e\.g\. .*Bad/1-0\.json:2:8: ", result.Out);
    }
}
