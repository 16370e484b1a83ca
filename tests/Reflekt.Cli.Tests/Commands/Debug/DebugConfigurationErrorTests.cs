using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Debug;

/// <summary>Every configuration error is one line naming the file (and line/column or key), exit 2, no stack trace.</summary>
public sealed class DebugConfigurationErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> ErrorOf(string project, string? profiles, IReadOnlyDictionary<string, string>? variables = null, params string[] extra)
    {
        _dir.Write("reflekt_project.yml", project);
        if (profiles is not null)
        {
            _dir.Write("reflekt_profiles.yml", profiles);
        }

        var result = await CliRunner.RunAsync(_dir.Path, variables, "", false, ["debug", .. extra]);
        return result.AssertOneLineError().Replace(_dir.Path + "/", "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yaml_syntax_error()
    {
        var message = await ErrorOf("version: 1.0\nname: 'demo\n", null);

        Assert.Matches(@"^reflekt_project\.yml:\d+:\d+: YAML syntax error: ", message);
    }

    [Fact]
    public async Task Schema_violation_names_the_key_path()
    {
        var message = await ErrorOf(Files.Project.Replace("casing: title", "casing: shouting", StringComparison.Ordinal), Files.Profiles);

        Assert.Equal("reflekt_project.yml:9:7: schemas.conventions.event.casing: 'shouting' is not one of: snake, camel, pascal, title, any", message);
    }

    [Fact]
    public async Task Unknown_profile()
    {
        var message = await ErrorOf(Files.Project, Files.Profiles, null, "--profile", "prod");

        Assert.Equal("Profile 'prod' not found in reflekt_profiles.yml (profiles: dev)", message);
    }

    [Fact]
    public async Task Duplicate_source_ids()
    {
        var message = await ErrorOf(Files.Project, Files.Profiles + "    - id: local\n      type: sqlite\n      path: other.sqlite\n");

        Assert.Equal("reflekt_profiles.yml:8:7: dev.source[1]: duplicate source id 'local' (first defined at line 5); source ids must be unique within a profile", message);
    }

    // Issue 16 row 9: a source naming an unset variable is a failed check (exit 1), not an abort: the table still shows.
    [Fact]
    public async Task Missing_environment_variable()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
        _dir.Write("reflekt_profiles.yml", Files.Profiles.Replace("./warehouse.sqlite", "\"${WAREHOUSE_PATH}\"", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync(_dir.Path, "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains(result.Out.Split('\n'), row => row.Contains("source local", StringComparison.Ordinal) && row.Contains('✗')
            && row.Contains($"{_dir.Path}/reflekt_profiles.yml:7:7: dev.source[0].path: environment variable 'WAREHOUSE_PATH' is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_profiles_file()
    {
        var message = await ErrorOf(Files.Project, null);

        Assert.Equal("Profiles file reflekt_profiles.yml (profiles_path in reflekt_project.yml) does not exist", message);
    }

    [Fact]
    public async Task Missing_profiles_file_from_the_environment_variable()
    {
        var message = await ErrorOf(Files.Project, Files.Profiles, new Dictionary<string, string> { ["REFLEKT_PROFILES_PATH"] = "/nowhere/profiles.yml" });

        Assert.Equal("Profiles file /nowhere/profiles.yml (set by REFLEKT_PROFILES_PATH) does not exist", message);
    }
}
