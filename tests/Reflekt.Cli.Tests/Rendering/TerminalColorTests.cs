using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Reflekt.Testing;

namespace Reflekt.Cli.Tests.Rendering;

/// <summary>
/// Issue 16 row 10: `debug` (Spectre) and `serve` (the server's console logger) in a real terminal (a pseudo-terminal
/// from util-linux `script`). Without colour not one escape byte may reach the terminal — neither Spectre's colour codes
/// nor the keypad-mode set-up (<c>ESC[?1h ESC=</c>) .NET writes on its first console write to a terminal, which the
/// process edge avoids by writing through plain descriptors (<see cref="TerminalOutput"/>).
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
    [InlineData(true)]
    public async Task Debug_in_a_terminal_is_coloured_unless_no_color(bool noColor)
    {
        var output = await InTerminalAsync(noColor ? ["debug", "--no-color"] : ["debug"]);

        Assert.Contains("All checks passed.", output);
        AssertColour(!noColor, output);
    }

    [Fact]
    public async Task NO_COLOR_in_a_terminal_writes_no_escape_byte()
    {
        var output = await InTerminalAsync(["lint", "--select", "schemas"], noColorVariable: true);

        Assert.Contains("Linted", output);
        AssertColour(false, output);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
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
        AssertColour(!noColor, output);
    }

    private static void AssertColour(bool coloured, string output)
    {
        if (coloured)
        {
            Assert.Contains(Escape, output, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain('\u001b', output);
        }
    }

    // Runs the built CLI with stdin, stdout and stderr on a pseudo-terminal; returns what the terminal showed.
    private async Task<string> InTerminalAsync(string[] args, bool noColorVariable = false)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll") }.Concat(args).Select(Quote));
        var info = new ProcessStartInfo("script") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-qec", command, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("NO_COLOR");
        if (noColorVariable)
        {
            info.Environment["NO_COLOR"] = "1";
        }

        info.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return await output;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
