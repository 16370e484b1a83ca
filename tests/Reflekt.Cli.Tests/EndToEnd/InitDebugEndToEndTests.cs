using System.Globalization;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.EndToEnd;

/// <summary>The built CLI as a process: init a project in a temp dir, then debug it against a real PostgreSQL and an unreachable one.</summary>
public sealed class InitDebugEndToEndTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    [Fact]
    public async Task Init_then_debug_passes_against_postgres_and_fails_against_an_unreachable_source()
    {
        cluster.EnsureAvailable();
        using var dir = new TempDirectory();
        var port = cluster.Port.ToString(CultureInfo.InvariantCulture);

        var init = await CliProcess.RunAsync(dir.Path,
            "init", "--no-input", "--dir", "shop", "--source-type", "postgres", "--source-id", "pg",
            "--host", cluster.Host, "--port", port, "--database", "postgres", "--user", cluster.User);

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Contains("Created Reflekt project shop", init.Out);

        var healthy = await CliProcess.RunAsync(dir.Path, "debug", "--project-dir", "shop");

        Assert.True(healthy.ExitCode == 0, healthy.Out + healthy.Error);
        Assert.Matches(@"source pg \(postgres\)\s+│ ✓ │ postgres://postgres@127\.0\.0\.1:\d+/postgres: select 1 ok", healthy.Out);
        Assert.Contains("All checks passed.", healthy.Out);

        var closedPort = ClosedPort().ToString(CultureInfo.InvariantCulture);
        File.AppendAllText(Path.Combine(dir.Path, "shop", "reflekt_profiles.yml"),
            $"    - id: down\n      type: postgres\n      host: 127.0.0.1\n      port: {closedPort}\n      database: postgres\n      user: postgres\n");

        var broken = await CliProcess.RunAsync(Path.Combine(dir.Path, "shop", "schemas"), "debug");

        Assert.Equal(1, broken.ExitCode);
        Assert.Matches(@"source pg \(postgres\)\s+│ ✓ │", broken.Out);
        Assert.Matches(@"source down \(postgres\)\s+│ ✗ │ source 'down' \(postgres://postgres@127\.0\.0\.1:" + closedPort + @"/postgres\): Connection refused", broken.Out);
        Assert.Contains("1 check(s) failed.", broken.Out);
        Assert.Equal("", broken.Error);
        Assert.True(File.Exists(Path.Combine(dir.Path, "shop", ".logs", "reflekt.log")));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
