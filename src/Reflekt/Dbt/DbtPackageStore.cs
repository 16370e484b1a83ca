namespace Reflekt.Dbt;

/// <summary>Reads a package directory and replaces it atomically, so a failed build leaves the previous package.</summary>
public static class DbtPackageStore
{
    /// <summary>The package at <paramref name="directory"/>, or null when there is none.</summary>
    public static async Task<DbtPackage?> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var files = new List<KeyValuePair<string, string>>();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new(relative, await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)));
        }

        return new DbtPackage(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), files);
    }

    /// <summary>
    /// Writes the whole package to a temporary sibling directory, then swaps it in with renames. Any failure
    /// removes the temporary directory and leaves <paramref name="directory"/> as it was.
    /// </summary>
    public static async Task WriteAsync(DbtPackage package, string directory, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new ReflektException($"Cannot write a dbt package to '{directory}'.");
        Directory.CreateDirectory(parent);
        var token = Guid.NewGuid().ToString("N")[..12];
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{token}");
        var backup = Path.Combine(parent, $".{Path.GetFileName(target)}.previous-{token}");
        try
        {
            Directory.CreateDirectory(staging);
            await StageAsync(package, staging, target, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(target))
            {
                Directory.Move(target, backup);
            }

            try
            {
                Directory.Move(staging, target);
            }
            catch
            {
                if (Directory.Exists(backup))
                {
                    Directory.Move(backup, target);
                }

                throw;
            }
        }
        catch (IOException e)
        {
            throw new ReflektException($"Could not write dbt package to '{target}': {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ReflektException($"Could not write dbt package to '{target}': {e.Message}", e);
        }
        finally
        {
            TryDelete(staging);
            TryDelete(backup);
        }
    }

    // Creating a file is the dominant cost on many file systems (an inode per file), so a file whose bytes are
    // unchanged is hard-linked from the current package, and only new or changed files are written, in parallel.
    // Nothing is ever written through a link, so the current package stays intact until the final rename.
    private static async Task StageAsync(DbtPackage package, string staging, string current, CancellationToken cancellationToken)
    {
        var toWrite = new List<(string Path, byte[] Bytes)>();
        foreach (var (relative, text) in package.Files)
        {
            var path = Path.GetFullPath(Path.Combine(staging, relative));
            if (!path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ReflektException($"dbt package file '{relative}' would be written outside the package.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var bytes = DbtPackage.Encode(text);
            var existing = Path.Combine(current, relative);
            if (!(HardLinks.TryLinkIfEqual(existing, path, bytes)))
            {
                toWrite.Add((path, bytes));
            }
        }

        await Parallel.ForEachAsync(
            toWrite,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (file, ct) => await File.WriteAllBytesAsync(file.Path, file.Bytes, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden temp folder never affects the package itself.
        }
    }
}
