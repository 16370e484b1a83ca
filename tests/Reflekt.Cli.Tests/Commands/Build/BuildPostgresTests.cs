using System.Text.Json;
using Npgsql;
using Reflekt.Dbt;
using Reflekt.Demo;
using Reflekt.Testing;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Cli.Tests.Commands.Build;

/// <summary>`reflekt build` against a real PostgreSQL: success, then refused credentials leave the package as it was.</summary>
public sealed class BuildPostgresTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public async Task Builds_from_postgres_and_a_refused_login_is_one_line_with_the_package_untouched()
    {
        cluster.EnsureAvailable();
        var ct = TestContext.Current.CancellationToken;
        var database = await cluster.CreateDatabaseAsync("cli_build_" + Guid.NewGuid().ToString("N")[..8], ct);
        var schemas = DemoProject.Schemas();
        await using (var connection = new NpgsqlConnection(cluster.ConnectionStringFor(database)))
        {
            await connection.OpenAsync(ct);
            await using (var create = new NpgsqlCommand("create schema segment", connection))
            {
                await create.ExecuteNonQueryAsync(ct);
            }

            await SyntheticEventWriter.WriteAsync(
                connection, PostgresSqlDialect.Instance, "segment",
                [.. schemas.Select(s => new DbtSchemaInput(s.Id, JsonDocument.Parse(s.Text).RootElement))],
                new SyntheticEventOptions { Events = 200 }, cancellationToken: ct);
        }

        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "reflekt_project.yml"), Files.Project);
        File.WriteAllText(Path.Combine(dir.Path, "reflekt_profiles.yml"), $"""
            version: 1.0
            dev:
              source:
                - id: pg
                  type: postgres
                  host: {cluster.Host}
                  port: {cluster.Port}
                  database: {database}
                  user: {cluster.User}
                - id: stranger
                  type: postgres
                  host: {cluster.Host}
                  port: {cluster.Port}
                  database: {database}
                  user: nobody_we_know

            """);
        foreach (var (id, text) in schemas)
        {
            var path = Path.Combine(dir.Path, "schemas", id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        var ok = await CliRunner.RunAsync(dir.Path, "build", "--artifact", "dbt", "--select", "demo", "--source", $"pg.{database}.segment", "--sdk", "segment");

        Assert.True(ok.ExitCode == 0, ok.Error + ok.Out);
        var package = Path.Combine(dir.Path, "artifacts", "dbt", "demo");
        var sql = File.ReadAllText(Path.Combine(package, "models", "segment", "stg_segment__order_completed.sql"));
        Assert.Contains("'track'::varchar as call_type", sql);
        Assert.Contains("shipping_method,", sql);
        var before = Directory.EnumerateFiles(package, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var refused = await CliRunner.RunAsync(dir.Path, "build", "--artifact", "dbt", "--select", "demo", "--source", $"stranger.{database}.segment", "--sdk", "segment");

        var line = refused.AssertOneLineError();
        Assert.Contains("nobody_we_know", line);
        Assert.Equal(before, Directory.EnumerateFiles(package, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }
}
