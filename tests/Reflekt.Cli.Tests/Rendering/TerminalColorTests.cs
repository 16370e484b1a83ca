using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Rendering;

/// <summary>
/// Issue 16 row 10: `debug` (Spectre) and `serve` (the server's console logger) in a real terminal (a pseudo-terminal
/// from util-linux `script`). The --no-color cases are not here yet: colour goes, but .NET still writes its
/// keypad-mode set-up (<c>ESC[?1h ESC=</c>) on the first console write to a terminal; row 10 stays open until the
/// process edge writes through raw handles.
/// </summary>
public sealed class TerminalColorTests : IDisposable
{
    private const string Escape = "\u001b[";
    private readonly TempDirectory _dir = new();

    public TerminalColorTests()
    {
        _dir.Write("reflekt_project.yml", Files.Project);
        _dir.Write("reflekt_profiles.yml", "version: 1.0\ndev:\n  registry: []\n  source: []\n");
        Directory.CreateDirectory(Path.Combine(_dir.Path, "schemas"));
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(false)]
    public async Task Debug_in_a_terminal_is_coloured_unless_no_color(bool noColor)
    {
        var output = await InTerminalAsync(noColor ? ["debug", "--no-color"] : ["debug"]);

        Assert.Contains("All checks passed.", output);
        Assert.Equal(!noColor, output.Contains(Escape, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    public async Task Serve_logs_in_a_terminal_are_coloured_unless_no_color(bool noColor)
    {
        // A taken port makes serve log its startup lines and stop at once.
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        string[] serve =
        [
            "serve", "--schemas", "schemas", "--port", ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--write-key", "k", "--valid-write-key", "v", "--invalid-write-key", "i", "--spool-dir", Path.Combine(_dir.Path, "spool"),
        ];

        var output = await InTerminalAsync(noColor ? [.. serve, "--no-color"] : serve);

        Assert.Contains("Reflekt.Server", output);
        Assert.Contains("is already in use", output);
        Assert.Equal(!noColor, output.Contains(Escape, StringComparison.Ordinal));
    }

    // Runs the built CLI with stdin, stdout and stderr on a pseudo-terminal; returns what the terminal showed.
    private async Task<string> InTerminalAsync(string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll") }.Concat(args).Select(Quote));
        var info = new ProcessStartInfo("script") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("NO_COLOR");
        info.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return await output;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
