using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses.Snowflake;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>Issue 16 row 8: Snowflake's SQL API takes a key pair or an OAuth token, so init never writes a password.</summary>
public sealed class InitSnowflakeAuthTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_password_flag_is_refused_before_anything_is_written()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "sf", "--source-type", "snowflake", "--password", "pw");

        Assert.Equal("--password: the Snowflake SQL API does not take passwords; use --private-key-path (key-pair auth) or --token (OAuth)", result.AssertOneLineError());
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "sf")));
    }

    [Fact]
    public async Task The_prompts_ask_for_a_private_key_file_and_never_a_password()
    {
        // name, vendor, profiles path, profile, source type, id, account, database, warehouse, role, user, key file, registry
        const string answers = "\n\n\n\nsnowflake\n\nxy123\n\n\n\n\nkeys/rsa_key.p8\n\n";

        var result = await CliRunner.RunAsync(_dir.Path, null, answers, true, "init", "--dir", "sf");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Private key file (PEM, key-pair auth)", result.Out);
        Assert.DoesNotContain("Password", result.Out);
        var project = ReflektProject.Load(Path.Combine(_dir.Path, "sf"), ProfileEnvironment.FromVariables(new Dictionary<string, string>()));
        var source = Assert.IsType<SnowflakeSource>(Assert.Single(ReflektProfile.Load(project, environment: ProfileEnvironment.FromVariables(new Dictionary<string, string>())).Sources));
        Assert.Equal((null, Path.Combine(_dir.Path, "sf", "keys", "rsa_key.p8")), (source.Password, source.PrivateKeyPath));
        Assert.DoesNotContain("password", File.ReadAllText(project.ProfilesPath));
    }

    [Fact]
    public async Task A_token_flag_writes_oauth_instead_of_a_key_pair()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "sf", "--source-type", "snowflake", "--account", "xy123", "--token", "{{ env_var('SNOWFLAKE_TOKEN') }}");

        Assert.True(result.ExitCode == 0, result.Error);
        var variables = ProfileEnvironment.FromVariables(new Dictionary<string, string> { ["SNOWFLAKE_TOKEN"] = "t0k" });
        var source = Assert.IsType<SnowflakeSource>(Assert.Single(ReflektProfile.Load(ReflektProject.Load(Path.Combine(_dir.Path, "sf"), variables), environment: variables).Sources));
        Assert.Equal(("t0k", null), (source.Token!.Reveal(), source.PrivateKeyPath));
    }
}
