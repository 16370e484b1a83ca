using System.Diagnostics;
using Reflekt.Codegen;

namespace Reflekt.Tests.Codegen;

/// <summary>Runs a real compiler or type checker over generated code in a scratch folder and keeps what it printed.</summary>
internal sealed record CompilerRun(int ExitCode, string Output)
{
    public static async Task<CompilerRun> RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the compilers' own telemetry and first-run chatter out of a closed network.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CompilerRun(process.ExitCode, await output + await error);
    }

    /// <summary>Writes generated files under <paramref name="directory"/>.</summary>
    public static void WriteFiles(string directory, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }
    }

    public void AssertSucceeded()
    {
        Assert.True(ExitCode == 0, $"expected the check to pass, it exited {ExitCode}:\n{Output}");
    }

    /// <summary>
    /// Asserts the run failed with an error reported in <paramref name="file"/> whose text (the line and the few after
    /// it, where pyright continues a message) mentions <paramref name="expected"/> (any casing: compiler versions differ).
    /// </summary>
    public void AssertErrorIn(string file, string expected)
    {
        Assert.NotEqual(0, ExitCode);
        var lines = Output.Split('\n');
        var found = lines.Select((line, i) => (line, i))
            .Where(x => x.line.Contains(file, StringComparison.Ordinal) && x.line.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Any(x => string.Join('\n', lines.Skip(x.i).Take(4)).Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.True(found, $"expected an error in {file} mentioning '{expected}', got:\n{Output}");
    }

    /// <summary>Asserts no error was reported in <paramref name="file"/> (the well-typed usage next to the wrong ones).</summary>
    public void AssertNoErrorIn(string file)
    {
        var errors = Output.Split('\n').Where(l => l.Contains(file, StringComparison.Ordinal) && l.Contains("error", StringComparison.OrdinalIgnoreCase)).ToArray();
        Assert.True(errors.Length == 0, $"expected no error in {file}, got:\n{Output}");
    }
}
