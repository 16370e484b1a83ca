using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reflekt.Tests.Reflection.Scenario;

/// <summary>A PostgreSQL cluster in a temp directory on a free loopback port, removed on dispose.</summary>
/// <remarks>
/// Stop-gap until foundation's shared PostgresCluster helper lands. initdb refuses root, so as root the binaries
/// run as the unprivileged <c>postgres</c> user.
/// </remarks>
public sealed class ThrowawayPostgres : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "reflekt-pg-" + Guid.NewGuid().ToString("N"));
    private bool _started;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Null when PostgreSQL binaries are missing (tests skip; CI installs them).</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Which("initdb") is null || Which("pg_ctl") is null)
        {
            Unavailable = "initdb/pg_ctl not on PATH";
            return;
        }

        Directory.CreateDirectory(_dir);
        var data = Path.Combine(_dir, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _dir], false);
        }

        var port = FreePort();
        await RunAsync("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"], asRoot);
        await RunAsync("pg_ctl", ["-D", data, "-l", Path.Combine(_dir, "log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50 -c TimeZone=UTC",
            "start"], asRoot);
        _started = true;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Timezone=UTC";
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await RunAsync("pg_ctl", ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"], Environment.UserName == "root");
        }

        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres ? "runuser" : file) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", Which(file)! })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")) : [])
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
