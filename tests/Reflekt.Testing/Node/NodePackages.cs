using System.Diagnostics;
using Xunit;

namespace Reflekt.Testing.Node;

/// <summary>
/// npm packages a test drives (real SDKs, compilers, peer validators), installed by <c>.ci/node-packages</c>
/// from a committed package-lock.json into a cache outside the repository. One installer for CI, tests and benches.
/// </summary>
public static class NodePackages
{
    private static readonly Dictionary<string, Lazy<string?>> Installed = new(StringComparer.Ordinal);
    private static string? failure;

    /// <summary>
    /// The folder holding <c>node_modules</c> for <paramref name="folder"/> (relative to the repository root, e.g.
    /// <c>tests/sdk-clients</c>). When node or npm is missing the test fails under CI=true and is skipped elsewhere.
    /// </summary>
    public static string Require(string folder)
    {
        Lazy<string?> lazy;
        lock (Installed)
        {
            if (!Installed.TryGetValue(folder, out lazy!))
            {
                lazy = new Lazy<string?>(() => Install(folder));
                Installed[folder] = lazy;
            }
        }

        var path = lazy.Value;
        if (path is null)
        {
            var reason = $"npm packages for {folder} unavailable: {failure}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        return path!;
    }

    /// <summary>The path of a package's executable (<c>node_modules/.bin/NAME</c>) in an installed folder.</summary>
    public static string Bin(string folder, string name) =>
        Path.Combine(Require(folder), "node_modules", ".bin", name);

    /// <summary>The <c>node</c> executable on PATH, or a skip (a failure under CI=true) when absent.</summary>
    public static string NodeExecutable => FindOnPath("node") ?? SkipOrFail("node not found on PATH");

    private static string? Install(string folder)
    {
        if (FindOnPath("npm") is null)
        {
            failure = "npm not found on PATH";
            return null;
        }

        var script = Path.Combine(SharedFixtures.RepositoryRoot, ".ci", "node-packages");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script, Path.Combine(SharedFixtures.RepositoryRoot, folder) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            failure = stderr.Result.Trim();
            return null;
        }

        return stdout.Trim();
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string SkipOrFail(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return null!;
    }
}
