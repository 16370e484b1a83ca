using System.Diagnostics;

namespace Reflekt.Cli.Tests.Commands.Init;

/// <summary>The real git, for tests that need a work tree or git's own answer (check-ignore).</summary>
internal static class Git
{
    /// <summary>Runs git in <paramref name="directory"/> and returns its exit code.</summary>
    public static int Run(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
