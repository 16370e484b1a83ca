using System.Net;
using System.Net.Sockets;
using Reflekt.Cli.Tests.EndToEnd;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Commands.Serve;

/// <summary>Issue 16 row 5: a server that cannot start says why in one line, exit 2, as a real process (the host's logger writes to the real stderr).</summary>
public sealed class ServeStartFailureTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ServeStartFailureTests() => Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));

    public void Dispose() => _dir.Dispose();

    private string[] Serve(int port, params string[] extra) =>
    [
        "serve", "--schemas", "schemas", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--write-key", "k", "--valid-write-key", "v", "--invalid-write-key", "i", "--segment-api-host", "http://127.0.0.1:9",
        "--spool-dir", Path.Combine(_dir.Path, "spool"), .. extra,
    ];

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_port()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var line = OneErrorAfterStartupLogs(await CliProcess.RunAsync(_dir.Path, Serve(port)));

        Assert.Equal($"--port {port}: address 127.0.0.1:{port} is already in use (another server, or pass --port 0 for a free one).", line);
    }

    [Fact]
    public async Task A_port_in_use_shows_the_trace_with_verbose()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();

        var result = await CliProcess.RunAsync(_dir.Path, Serve(((IPEndPoint)taken.LocalEndpoint).Port, "-v"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Fact]
    public async Task A_spool_directory_held_by_another_server_is_one_line()
    {
        var spool = Directory.CreateDirectory(Path.Combine(_dir.Path, "spool")).FullName;
        // The same exclusive lock a running server holds on its spool.
        await using var held = new FileStream(Path.Combine(spool, "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var line = (await CliProcess.RunAsync(_dir.Path, Serve(0))).AssertOneLineError();

        Assert.StartsWith($"{spool}: the spool directory is in use by another server", line);
    }

    // The server's own startup lines (schemas loaded, "info:" and their indented second line) may come first;
    // then exactly one error line, and nothing failed loudly or printed a trace.
    private static string OneErrorAfterStartupLogs(CliResult result)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines[..^1], l => Assert.True(l.StartsWith("info: ", StringComparison.Ordinal) || l.StartsWith("      ", StringComparison.Ordinal), l));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("fail: ", result.Error);
        Assert.StartsWith("error: ", lines[^1]);
        return lines[^1]["error: ".Length..];
    }
}
