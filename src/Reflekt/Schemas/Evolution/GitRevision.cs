using System.Diagnostics;
using System.Text;

namespace Reflekt.Schemas.Evolution;

/// <summary>Reads files as they were at a git ref, through the git CLI (one <c>git cat-file --batch</c> for all of them).</summary>
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

    /// <summary>
    /// Files under <paramref name="directory"/> deleted or renamed between the ref and the working tree, by git's own
    /// rename detection (<c>git diff -M --name-status</c>); full paths.
    /// </summary>
    public async Task<IReadOnlyList<GitFileChange>> DeletedOrRenamedAsync(string directory, CancellationToken cancellationToken)
    {
        var (status, output, error) = await RunAsync(_repositoryRoot, cancellationToken, "diff", "-M", "--name-status", "-z", "--no-color", _reference, "--", directory);
        if (status != 0)
        {
            throw new ReflektException($"--base {_reference}: git diff failed ({error.Trim()})");
        }
        var fields = output.Split('\0');
        var changes = new List<GitFileChange>();
        for (var i = 0; i < fields.Length - 1;)
        {
            var code = fields[i++];
            if (code.StartsWith('R') && i + 1 < fields.Length)
            {
                changes.Add(new GitFileChange(Full(fields[i]), Full(fields[i + 1])));
                i += 2;
            }
            else if (code.StartsWith('D'))
            {
                changes.Add(new GitFileChange(Full(fields[i++]), null));
            }
            else
            {
                i += code.StartsWith('C') ? 2 : 1;
            }
        }
        return changes;
    }

    private string Full(string repositoryPath) => Path.GetFullPath(Path.Combine(_repositoryRoot, repositoryPath));

    /// <summary>The texts of <paramref name="fullPaths"/> at the ref, in order; null for a file that did not exist there.</summary>
    /// <remarks>
    /// One <c>git cat-file --batch</c> process answers every path (a process per file took 28 s for 10,000
    /// schemas). Each request is a line <c>REF:PATH</c>; each answer is <c>OID TYPE SIZE</c>, the bytes and a newline,
    /// or <c>REF:PATH missing</c>. A path containing a newline cannot be asked on a line and is read on its own.
    /// </remarks>
    /// <exception cref="ReflektException">git cannot be run, or its answers cannot be read.</exception>
    public async Task<IReadOnlyList<string?>> ReadAllAsync(IReadOnlyList<string> fullPaths, CancellationToken cancellationToken)
    {
        var specs = fullPaths.Select(Spec).ToList();
        var texts = new string?[specs.Count];
        var batched = Enumerable.Range(0, specs.Count).Where(i => !specs[i].Contains('\n')).ToList();
        if (batched.Count > 0)
        {
            var answers = await CatFileBatchAsync([.. batched.Select(i => specs[i])], cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < batched.Count; k++)
            {
                texts[batched[k]] = answers[k];
            }
        }
        foreach (var i in Enumerable.Range(0, specs.Count).Except(batched))
        {
            var (status, text, _) = await RunAsync(_repositoryRoot, cancellationToken, "show", specs[i]).ConfigureAwait(false);
            texts[i] = status == 0 ? text : null;
        }
        return texts;
    }

    private string Spec(string fullPath) =>
        $"{_reference}:{Path.GetRelativePath(_repositoryRoot, Path.GetFullPath(fullPath)).Replace('\\', '/')}";

    private async Task<string?[]> CatFileBatchAsync(IReadOnlyList<string> specs, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = _repositoryRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("cat-file");
        start.ArgumentList.Add("--batch");
        using var process = Start(start);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        // Requests are written while answers are read, so neither pipe can fill up and stall the other side.
        var requests = Task.Run(async () =>
        {
            var input = process.StandardInput;
            input.AutoFlush = false; // git reads whole buffers; Close flushes the rest
            foreach (var spec in specs)
            {
                await input.WriteAsync(spec + "\n").ConfigureAwait(false);
            }
            input.Close();
        }, cancellationToken);

        await using var output = new BufferedStream(process.StandardOutput.BaseStream, 64 * 1024);
        var answers = new string?[specs.Count];
        for (var i = 0; i < specs.Count; i++)
        {
            var header = await ReadLineAsync(output, cancellationToken).ConfigureAwait(false)
                ?? throw new ReflektException($"git cat-file ended early ({(await error).Trim()})");
            var fields = header.Split(' ');
            if (fields.Length != 3 || !int.TryParse(fields[2], out var size))
            {
                continue; // "<spec> missing" or "<spec> ambiguous": not there at the ref
            }
            var bytes = new byte[size + 1]; // the content, then the newline git ends every answer with
            await output.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            answers[i] = fields[1] == "blob" ? Utf8WithoutBom(bytes.AsSpan(0, size)) : null;
        }
        await requests.ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return answers;
    }

    private static string Utf8WithoutBom(ReadOnlySpan<byte> bytes) =>
        Encoding.UTF8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);

    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var line = new List<byte>(64);
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0)
            {
                return line.Count == 0 ? null : Encoding.UTF8.GetString([.. line]);
            }
            if (one[0] == (byte)'\n')
            {
                return Encoding.UTF8.GetString([.. line]);
            }
            line.Add(one[0]);
        }
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new ReflektException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ReflektException($"git is needed for --base but could not be run: {e.Message}", e);
        }
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
        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
