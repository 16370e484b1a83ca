using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Reflekt.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> + <c>pg_ctl</c> in a temp directory, listening on a free
/// loopback port with trust authentication, stopped and deleted on dispose. Use it as an xunit fixture
/// (<c>IClassFixture&lt;PostgresCluster&gt;</c>) and call <see cref="EnsureAvailable"/> first in each test.
/// </summary>
/// <remarks>
/// initdb refuses to run as root, so when the tests run as root the binaries run as an unprivileged
/// user (<c>postgres</c>, else <c>nobody</c>) through <c>runuser</c> or <c>setpriv</c>, and the directory is
/// handed to that user. Without PostgreSQL binaries tests are skipped, except under CI=true where they fail.
/// </remarks>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const int StartAttempts = 3;

    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reflekt-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private string? _pgCtl;
    private string? _runAs;
    private bool _running;

    /// <summary>Always the loopback address.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The TCP port the cluster listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The superuser (trust authentication, no password).</summary>
    public string User => "postgres";

    /// <summary>Why the cluster could not start, or null when it runs.</summary>
    public string? UnavailableReason { get; private set; }

    /// <summary>Connection string for the <c>postgres</c> database.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    /// <summary>Connection string for a database of this cluster.</summary>
    public string ConnectionStringFor(string database) =>
        $"Host={Host};Port={Port};Username={User};Database={database};Timeout=30;Command Timeout=120";

    /// <summary>Skips the calling test (or fails it under CI=true) when the cluster is not running.</summary>
    public void EnsureAvailable()
    {
        if (UnavailableReason is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("PostgreSQL is required under CI=true: " + UnavailableReason);
        }

        Assert.Skip(UnavailableReason);
    }

    /// <summary>Creates a database and returns its name.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        EnsureAvailable();
        await RunAsync(FindBinary("psql") ?? throw new InvalidOperationException("psql not found"),
            ["-h", Host, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", User, "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", $"create database \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\""],
            cancellationToken);
        return name;
    }

    public async ValueTask InitializeAsync()
    {
        var initdb = FindBinary("initdb");
        _pgCtl = FindBinary("pg_ctl");
        if (initdb is null || _pgCtl is null)
        {
            UnavailableReason = "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or under /usr/lib/postgresql/*/bin";
            return;
        }

        Directory.CreateDirectory(_directory);
        if (Environment.IsPrivilegedProcess)
        {
            _runAs = UnprivilegedUser();
            await RunAsync("chown", [$"{_runAs}:", _directory], default);
        }

        var data = System.IO.Path.Combine(_directory, "data");
        await RunAsync(initdb, ["-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], default);

        Exception? last = null;
        for (var attempt = 0; attempt < StartAttempts && !_running; attempt++)
        {
            Port = FreePort();
            try
            {
                // fsync off and friends: a test cluster trades durability for speed.
                await RunAsync(_pgCtl, ["-D", data, "-l", System.IO.Path.Combine(_directory, "server.log"), "-w", "-t", "60", "-o",
                    $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40 -c TimeZone=UTC",
                    "start"], default);
                _running = true;
            }
            catch (InvalidOperationException e)
            {
                // Another process may have taken the port between probe and bind: try a new one.
                last = e;
            }
        }

        if (!_running)
        {
            throw new InvalidOperationException($"PostgreSQL did not start: {last?.Message} {ServerLog()}");
        }

        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        if (_running)
        {
            try
            {
                await RunAsync(_pgCtl!, ["-D", System.IO.Path.Combine(_directory, "data"), "-m", "immediate", "-w", "-t", "30", "stop"], default);
            }
            catch (InvalidOperationException)
            {
                KillPostmaster();
            }

            _running = false;
        }

        try
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftover files in /tmp must not fail a test run.
        }
    }

    /// <summary>Finds a PostgreSQL binary on PATH, else under /usr/lib/postgresql/*/bin (newest first).</summary>
    public static string? FindBinary(string name)
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => System.IO.Path.Combine(d, name));
        var packaged = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => System.IO.Path.Combine(d, "bin", name))
            : [];
        return fromPath.Concat(packaged).FirstOrDefault(File.Exists);
    }

    private void StopOnExit(object? sender, EventArgs e)
    {
        if (_running)
        {
            KillPostmaster();
        }
    }

    private void KillPostmaster()
    {
        try
        {
            var pidFile = System.IO.Path.Combine(_directory, "data", "postmaster.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).First(), out var pid))
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    private string ServerLog()
    {
        var log = System.IO.Path.Combine(_directory, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static string UnprivilegedUser()
    {
        foreach (var user in new[] { "postgres", "nobody" })
        {
            if (File.ReadLines("/etc/passwd").Any(l => l.StartsWith(user + ":", StringComparison.Ordinal)))
            {
                return user;
            }
        }

        throw new InvalidOperationException("running as root, and neither a 'postgres' nor a 'nobody' user exists to run initdb");
    }

    private async Task RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        if (_runAs is not null && file != "chown")
        {
            // runuser (util-linux) when present, else setpriv; both drop root for the one command.
            if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
            {
                info.FileName = "runuser";
                foreach (var a in new[] { "-u", _runAs, "--", file })
                {
                    info.ArgumentList.Add(a);
                }
            }
            else
            {
                info.FileName = "setpriv";
                foreach (var a in new[] { $"--reuid={_runAs}", $"--regid={_runAs}", "--init-groups", file })
                {
                    info.ArgumentList.Add(a);
                }
            }
        }
        else
        {
            info.FileName = file;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["LC_ALL"] = "C";
        info.WorkingDirectory = _directory;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(file)} {string.Join(' ', arguments)} exited {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
