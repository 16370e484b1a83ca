using Reflekt.Projects;

namespace Reflekt.Cli.Tests;

/// <summary>Runs the real `reflekt` command tree in-process with captured output.</summary>
internal static class CliRunner
{
    public static Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables = null, string input = "", bool interactive = false, params string[] args) =>
        RunAsync(workingDirectory, variables, input, interactive, "reflekt", args);

    /// <summary>Runs as if started through <paramref name="launcher"/> (the checkout's ./reflekt script sets it).</summary>
    public static Task<CliResult> RunWithLauncherAsync(string workingDirectory, string launcher, params string[] args) =>
        RunAsync(workingDirectory, null, "", false, launcher, args);

    private static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? variables, string input, bool interactive, string launcher, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost
        {
            Out = output,
            Error = error,
            In = new StringReader(input),
            IsInteractive = interactive,
            SupportsColor = false,
            Environment = ProfileEnvironment.FromVariables(variables ?? new Dictionary<string, string>(), "/home/tester"),
            WorkingDirectory = workingDirectory,
            Launcher = launcher,
            Width = 240,
        };
        var exitCode = await ReflektCli.RunAsync(args, host, TestContext.Current.CancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, null, "", false, args);
}

/// <summary>Exit code and captured streams of one in-process run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Asserts the run failed with exactly one line on stderr (no stack trace) and exit 2; returns that line.</summary>
    public string AssertOneLineError()
    {
        Assert.Equal(2, ExitCode);
        var lines = Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("   at ", Error);
        return line["error: ".Length..].TrimEnd('\r');
    }
}
