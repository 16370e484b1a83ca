using System.Diagnostics;

namespace Reflekt.Schemas.Evolution;

/// <summary>Reads files as they were at a git ref, through the git CLI (<c>git show REF:PATH</c>).</summary>
public sealed class GitRevision
{
    private readonly string _repositoryRoot;
    private readonly string _reference;

    private GitRevision(string repositoryRoot, string reference)
    {
        _repositoryRoot = repositoryRoot;
        _reference = reference;
    }

    /// <summary>Opens the repository that holds <paramref name="directory"/> and checks that the ref exists.</summary>
    /// <exception cref="ReflektException">Not a git repository, git missing, or an unknown ref.</exception>
    public static async Task<GitRevision> OpenAsync(string directory, string reference, CancellationToken cancellationToken)
    {
        var (status, root, error) = await RunAsync(directory, cancellationToken, "rev-parse", "--show-toplevel");
        if (status != 0)
        {
            throw new ReflektException($"--base {reference}: {directory} is not inside a git repository ({error.Trim()})");
        }
        var (refStatus, _, refError) = await RunAsync(directory, cancellationToken, "rev-parse", "--verify", "--quiet", reference + "^{commit}");
        if (refStatus != 0)
        {
            throw new ReflektException($"--base {reference}: no such commit, branch or tag in {root.Trim()} {refError.Trim()}".TrimEnd());
        }
        return new GitRevision(root.Trim(), reference);
    }

    /// <summary>The file's text at the ref, or null when it did not exist there.</summary>
    public async Task<string?> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        var relative = Path.GetRelativePath(_repositoryRoot, Path.GetFullPath(fullPath)).Replace('\\', '/');
        var (status, text, _) = await RunAsync(_repositoryRoot, cancellationToken, "show", $"{_reference}:{relative}");
        return status == 0 ? text : null;
    }

    private static async Task<(int Status, string Output, string Error)> RunAsync(string directory, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start) ?? throw new ReflektException("git could not be started");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReflektException($"git is needed for --base but could not be run: {e.Message}", e);
        }
    }
}
