using Reflekt.Projects;
using Reflekt.Projects.Profiles;
using Reflekt.Testing;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Tests.Projects;

public sealed class ProfileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private ReflektProfile Load(string profilesYaml, IReadOnlyDictionary<string, string>? variables = null, string? profile = null)
    {
        _dir.Write(ReflektProject.FileName, ProjectFiles.Project);
        _dir.Write("reflekt_profiles.yml", profilesYaml);
        var environment = ProfileEnvironment.FromVariables(variables ?? new Dictionary<string, string>(), "/home/tester");
        return ReflektProfile.Load(ReflektProject.Load(_dir.Path, environment), profile, environment);
    }

    private string LoadError(string profilesYaml, IReadOnlyDictionary<string, string>? variables = null)
    {
        var error = Assert.Throws<ReflektException>(() => Load(profilesYaml, variables));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message.Replace(_dir.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }

    [Fact]
    public void Every_source_and_registry_type_is_typed()
    {
        var profile = Load("""
            version: 1.0
            dev:
              registry:
                - type: reflekt
                  url: http://127.0.0.1:8080
                  api_key: k1
                - type: s3
                  bucket: schemas
                  prefix: /plans/main/
                  region: eu-west-1
                  endpoint_url: http://127.0.0.1:5000
              source:
                - id: pg
                  type: postgres
                  host: db.internal
                  database: analytics
                  user: reflekt
                  password: p1
                - id: rs
                  type: redshift
                  host: cluster.redshift.amazonaws.com
                  dbname: dev
                  user: admin
                  password: p2
                - id: lite
                  type: sqlite
                  path: data/warehouse.sqlite
            """);

        var pg = Assert.IsType<PostgresSource>(profile.GetSource("pg"));
        Assert.Equal(("db.internal", 5432, "analytics", "reflekt", "p1"), (pg.Host, pg.Port, pg.Database, pg.User, pg.Password!.Reveal()));
        var rs = Assert.IsType<RedshiftSource>(profile.GetSource("rs"));
        Assert.Equal(5439, rs.Port);
        Assert.Equal("dev", rs.Database);
        var lite = Assert.IsType<SqliteSource>(profile.GetSource("lite"));
        Assert.Equal(Path.Combine(_dir.Path, "data", "warehouse.sqlite"), lite.Path);
        var reflekt = Assert.IsType<ReflektRegistry>(profile.Registries[0]);
        Assert.Equal(("http://127.0.0.1:8080", "k1"), (reflekt.Url, reflekt.ApiKey.Reveal()));
        var s3 = Assert.IsType<S3Registry>(profile.Registries[1]);
        Assert.Equal(("schemas", "plans/main", "eu-west-1", "http://127.0.0.1:5000"), (s3.Bucket, s3.Prefix, s3.Region, s3.EndpointUrl));
        Assert.Equal(13, pg.Position.Line);
    }

    [Fact]
    public void Secrets_come_from_environment_variables_in_both_forms()
    {
        var profile = Load("""
            dev:
              registry:
                - type: reflekt
                  url: http://${REG_HOST}:8080
                  api_key: "{{ env_var('REG_KEY') }}"
              source:
                - id: pg
                  type: postgres
                  host: localhost
                  port: "{{ env_var('PG_PORT') }}"
                  database: analytics
                  user: "{{ env_var('PG_USER', 'reflekt') }}"
                  password: ${PG_PASSWORD}
            """,
            new Dictionary<string, string> { ["REG_HOST"] = "127.0.0.1", ["REG_KEY"] = "s3cret", ["PG_PORT"] = "6543", ["PG_PASSWORD"] = "pw" });

        var pg = Assert.IsType<PostgresSource>(profile.Sources[0]);
        Assert.Equal(6543, pg.Port);
        Assert.Equal("reflekt", pg.User);
        Assert.Equal("pw", pg.Password!.Reveal());
        var registry = Assert.IsType<ReflektRegistry>(profile.Registries[0]);
        Assert.Equal("http://127.0.0.1:8080", registry.Url);
        Assert.Equal("s3cret", registry.ApiKey.Reveal());
        Assert.DoesNotContain("s3cret", registry.ToString());
        Assert.DoesNotContain("pw", pg.ToString().Replace("Password", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_environment_variable_is_named_with_its_line_when_the_source_is_used()
    {
        // Issue 16 row 9: the profile loads; only using the source fails.
        var profile = Load("""
            dev:
              source:
                - id: pg
                  type: postgres
                  database: analytics
                  user: reflekt
                  password: "{{ env_var('PG_PASSWORD') }}"
                - id: local
                  type: sqlite
                  path: ./w.sqlite
            """);

        Assert.Equal("local", Assert.Single(profile.Sources).Id);
        var unresolved = Assert.Single(profile.Unresolved);
        Assert.Equal(("source", "pg"), (unresolved.Kind, unresolved.Name));
        var error = Assert.Throws<ReflektException>(() => profile.GetSource("pg"));
        Assert.Equal("reflekt_profiles.yml:7:7: dev.source[0].password: environment variable 'PG_PASSWORD' is not set", error.Message.Replace(_dir.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_source_type_lists_the_choices()
    {
        var message = LoadError("dev:\n  source:\n    - id: x\n      type: oracle\n");

        Assert.Equal("reflekt_profiles.yml:4:7: dev.source[0].type: unknown source type 'oracle' (expected one of: postgres, redshift, sqlite, snowflake, bigquery, duckdb)", message);
    }

    [Fact]
    public void Errors_never_quote_profile_values()
    {
        var message = LoadError("dev:\n  source:\n    - id: x\n      type: postgres\n      database: d\n      user: u\n      password: 12345678\n");

        Assert.Equal("reflekt_profiles.yml:7:7: dev.source[0].password: expected a string, found a number", message);
    }

    [Fact]
    public void Missing_required_key_names_the_source()
    {
        var message = LoadError("dev:\n  source:\n    - id: rs\n      type: redshift\n      database: d\n      user: u\n      password: p\n");

        Assert.Equal("reflekt_profiles.yml:3:7: dev.source[0]: required key 'host' is missing", message);
    }

    [Fact]
    public void Unknown_source_id_lists_the_known_ones()
    {
        var profile = Load(ProjectFiles.Profiles);

        var error = Assert.Throws<ReflektException>(() => profile.GetSource("nope"));

        Assert.Contains("Source 'nope' not found in profile 'dev'", error.Message);
        Assert.EndsWith("(sources: local)", error.Message);
    }
}
