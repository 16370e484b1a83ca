using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Cli.Tests.Commands.Init;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly ProfileEnvironment NoVariables = ProfileEnvironment.FromVariables(new Dictionary<string, string>());

    [Fact]
    public async Task No_input_takes_every_default()
    {
        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "my-plan");

        Assert.Equal(0, result.ExitCode);
        var directory = Path.Combine(_dir.Path, "my-plan");
        var project = ReflektProject.Load(directory, NoVariables);
        Assert.Equal("my_plan", project.Name);
        Assert.Equal("com.example", project.Vendor);
        Assert.Equal("dev", project.DefaultProfile);
        Assert.Equal(Path.Combine(directory, "reflekt_profiles.yml"), project.ProfilesPath);
        Assert.Equal(Reflekt.Projects.DbtSettings.Default.Models, project.Dbt.Models);
        var profile = ReflektProfile.Load(project, environment: NoVariables);
        var source = Assert.IsType<SqliteSource>(Assert.Single(profile.Sources));
        Assert.Equal(("warehouse", Path.Combine(directory, "warehouse.sqlite")), (source.Id, source.Path));
        Assert.Empty(profile.Registries);
        foreach (var file in new[] { ".gitignore", "README.md", "schemas/.reflekt/meta/1-0.json", ".github/workflows/reflekt.yml" })
        {
            Assert.True(File.Exists(Path.Combine(directory, file)), file);
        }

        Assert.Contains("reflekt_profiles.yml", File.ReadAllText(Path.Combine(directory, ".gitignore")));
        Assert.Contains("pull_request", File.ReadAllText(Path.Combine(directory, ".github/workflows/reflekt.yml")));
        Assert.Contains("reflekt lint", File.ReadAllText(Path.Combine(directory, ".github/workflows/reflekt.yml")));
        Assert.StartsWith("# my_plan", File.ReadAllText(Path.Combine(directory, "README.md")));
        using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "schemas/.reflekt/meta/1-0.json")));
        Assert.Equal(".reflekt/meta/1-0.json", meta.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public async Task Flags_answer_every_prompt_for_each_source_and_registry_type()
    {
        var keyfile = _dir.Write("key.json", """{"type": "service_account", "project_id": "p1", "private_key_id": "k", "private_key": "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n", "client_email": "a@p1.iam.gserviceaccount.com", "client_id": "1", "auth_uri": "https://a", "token_uri": "https://t", "auth_provider_x509_cert_url": "https://c", "client_x509_cert_url": "https://d"}""");
        string[][] cases =
        [
            ["--source-type", "postgres", "--host", "db", "--port", "6543", "--database", "a", "--user", "u", "--password", "p w", "--registry", "segment", "--segment-api-token", "tok"],
            ["--source-type", "redshift", "--host", "rs", "--database", "dev", "--user", "admin", "--password", "${RS_PASSWORD}", "--registry", "avo", "--avo-workspace-id", "w", "--avo-service-account-name", "n", "--avo-service-account-secret", "s"],
            ["--source-type", "snowflake", "--account", "xy123", "--database", "raw", "--warehouse", "wh", "--role", "r", "--user", "u", "--private-key-path", "keys/sf.p8", "--registry", "reflekt", "--registry-url", "http://127.0.0.1:9", "--registry-api-key", "k"],
            ["--source-type", "bigquery", "--keyfile", keyfile, "--registry", "s3", "--s3-bucket", "b", "--s3-prefix", "p", "--s3-region", "eu-west-1", "--s3-endpoint-url", "http://127.0.0.1:5000"],
            ["--source-type", "sqlite", "--sqlite-path", "data/w.sqlite", "--source-id", "Lite", "--registry", "none"],
            ["--source-type", "duckdb", "--duckdb-path", "events.duckdb"],
        ];
        var variables = ProfileEnvironment.FromVariables(new Dictionary<string, string> { ["RS_PASSWORD"] = "from-env" });

        for (var i = 0; i < cases.Length; i++)
        {
            var result = await CliRunner.RunAsync(_dir.Path, ["init", "--no-input", "--dir", $"p{i}", "--name", $"plan_{i}", "--vendor", "com.acme", "--profile", "ci", .. cases[i]]);
            Assert.True(result.ExitCode == 0, result.Error);
        }

        ReflektProfile Profile(int i) => ReflektProfile.Load(ReflektProject.Load(Path.Combine(_dir.Path, $"p{i}"), variables), environment: variables);
        var pg = Assert.IsType<PostgresSource>(Profile(0).Sources[0]);
        Assert.Equal(("db", 6543, "a", "u", "p w"), (pg.Host, pg.Port, pg.Database, pg.User, pg.Password!.Reveal()));
        Assert.Equal("tok", Assert.IsType<SegmentRegistry>(Profile(0).Registries[0]).ApiToken.Reveal());
        var rs = Assert.IsType<RedshiftSource>(Profile(1).Sources[0]);
        Assert.Equal((5439, "from-env"), (rs.Port, rs.Password.Reveal()));
        Assert.Equal("w", Assert.IsType<AvoRegistry>(Profile(1).Registries[0]).WorkspaceId);
        var sf = Assert.IsType<SnowflakeSource>(Profile(2).Sources[0]);
        Assert.Equal(("xy123", "wh", "r", Path.Combine(_dir.Path, "p2", "keys", "sf.p8")), (sf.Account, sf.Warehouse, sf.Role, sf.PrivateKeyPath));
        Assert.Equal("http://127.0.0.1:9", Assert.IsType<ReflektRegistry>(Profile(2).Registries[0]).Url);
        var bq = Assert.IsType<BigQuerySource>(Profile(3).Sources[0]);
        Assert.Equal(("p1", "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n"), (bq.Project, bq.Keyfile.PrivateKey.Reveal()));
        var s3 = Assert.IsType<S3Registry>(Profile(3).Registries[0]);
        Assert.Equal(("b", "p", "eu-west-1", "http://127.0.0.1:5000"), (s3.Bucket, s3.Prefix, s3.Region, s3.EndpointUrl));
        var lite = Assert.IsType<SqliteSource>(Profile(4).Sources[0]);
        Assert.Equal(("lite", Path.Combine(_dir.Path, "p4", "data", "w.sqlite")), (lite.Id, lite.Path));
        Assert.Equal("com.acme", ReflektProject.Load(Path.Combine(_dir.Path, "p4"), variables).Vendor);
        Assert.Equal(Path.Combine(_dir.Path, "p5", "events.duckdb"), Assert.IsType<DuckDbSource>(Profile(5).Sources[0]).Path);
    }

    [Fact]
    public async Task Prompts_ask_for_what_flags_do_not_give()
    {
        const string answers = "shop\ncom.shop\n\nlocal\npostgres\npg\n\n5433\n\n\nreflekt\n\n\n";

        var result = await CliRunner.RunAsync(_dir.Path, null, answers, true, "init", "--dir", "shop", "--database", "events");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Project name [letters, digits, underscore] [shop]:", result.Out);
        Assert.Contains("Source type [where raw event data is stored] (postgres, redshift, sqlite, snowflake, bigquery, duckdb) [sqlite]:", result.Out);
        Assert.DoesNotContain("Database", result.Out);
        var project = ReflektProject.Load(Path.Combine(_dir.Path, "shop"), NoVariables);
        Assert.Equal(("shop", "com.shop", "local"), (project.Name, project.Vendor, project.DefaultProfile));
        var profile = ReflektProfile.Load(project, environment: ProfileEnvironment.FromVariables(new Dictionary<string, string> { ["REFLEKT_API_KEY"] = "k" }));
        var pg = Assert.IsType<PostgresSource>(profile.Sources[0]);
        Assert.Equal(("pg", "localhost", 5433, "events", "reflekt"), (pg.Id, pg.Host, pg.Port, pg.Database, pg.User));
        Assert.Null(pg.Password);
        Assert.Equal("http://127.0.0.1:8080", Assert.IsType<ReflektRegistry>(profile.Registries[0]).Url);
    }

    [Fact]
    public async Task Without_a_terminal_and_without_no_input_it_refuses()
    {
        var line = (await CliRunner.RunAsync(_dir.Path, "init", "--dir", "x")).AssertOneLineError();

        Assert.Contains("pass --no-input", line);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "x")));
    }

    [Fact]
    public async Task Existing_project_is_refused_and_untouched()
    {
        _dir.Write("reflekt_project.yml", "name: mine\n");

        var line = (await CliRunner.RunAsync(_dir.Path, "init", "--no-input")).AssertOneLineError();

        Assert.StartsWith($"Reflekt project already found: {_dir.Path}", line);
        Assert.Equal("name: mine\n", File.ReadAllText(Path.Combine(_dir.Path, "reflekt_project.yml")));
        Assert.Single(Directory.EnumerateFileSystemEntries(_dir.Path));
    }

    [Fact]
    public async Task Existing_profiles_file_gets_the_new_profile_appended()
    {
        var shared = _dir.Write("home/profiles.yml", "# mine\nversion: 1.0\nother:\n  source: []\n");

        var result = await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "p", "--profiles-path", shared);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(shared);
        Assert.StartsWith("# mine\nversion: 1.0\nother:\n  source: []\n\ndev:\n", text);
        Assert.Equal("dev", ReflektProfile.Load(ReflektProject.Load(Path.Combine(_dir.Path, "p"), NoVariables), environment: NoVariables).Name);
    }

    [Fact]
    public async Task Existing_profile_name_is_refused_before_anything_is_written()
    {
        var shared = _dir.Write("profiles.yml", "dev:\n  source: []\n");

        var line = (await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--dir", "p", "--profiles-path", shared)).AssertOneLineError();

        Assert.Equal($"profile 'dev' already exists in {shared}; choose another profile name", line);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "p")));
    }

    [Fact]
    public async Task Profiles_path_must_be_yaml()
    {
        var line = (await CliRunner.RunAsync(_dir.Path, "init", "--no-input", "--profiles-path", "profiles.txt")).AssertOneLineError();

        Assert.Equal("profiles path 'profiles.txt' must name a YAML file (.yml or .yaml)", line);
    }
}
