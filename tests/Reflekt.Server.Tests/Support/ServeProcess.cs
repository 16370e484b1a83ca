using System.Diagnostics;
using Reflekt.Server.Tests.Support;

namespace Reflekt.Server.Tests.Support;

/// <summary>
/// `reflekt serve` in a child process (the built CLI), so a test can SIGKILL it. Disposing always kills the
/// process tree, and a process-exit hook does the same if the test host itself goes down.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly EventHandler _onHostExit;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _onHostExit = (_, _) => KillQuietly();
        AppDomain.CurrentDomain.ProcessExit += _onHostExit;
    }

    public Uri Address { get; }

    public static async Task<ServeProcess> StartAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Reflekt.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            const string marker = "listening on ";
            if (e.Data?.IndexOf(marker, StringComparison.Ordinal) is int at and >= 0)
            {
                listening.TrySetResult(new Uri(e.Data[(at + marker.Length)..].Split(' ')[0]));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"reflekt serve exited with {process.ExitCode}: {errors}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return new ServeProcess(process, address);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush; whatever is not on disk is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(30_000);
    }

    public ValueTask DisposeAsync()
    {
        KillQuietly();
        AppDomain.CurrentDomain.ProcessExit -= _onHostExit;
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void KillQuietly()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
