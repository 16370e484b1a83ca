namespace Reflekt.Codegen;

/// <summary>
/// Writes generated files to their folder, or compares them with what is there (<c>--check</c>). <see cref="Write"/>
/// replaces the whole folder at once (temp folder + rename), so a failed run leaves the previous client and no stale
/// files. <see cref="Update"/> rewrites only what changed, for outputs of thousands of files (the docs site) where
/// replacing everything costs more than producing it.
/// </summary>
public static class GeneratedCode
{
    /// <summary>Replaces <paramref name="directory"/> with exactly <paramref name="files"/>.</summary>
    public static void Write(string directory, IReadOnlyList<GeneratedFile> files)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
            WriteAll(temp, files);
            var old = target + $".old-{Guid.NewGuid():N}";
            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
            }

            Directory.Move(temp, target);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            throw new ReflektException($"{target}: cannot write generated code: {e.Message}", e);
        }
    }

    /// <summary>
    /// Makes <paramref name="directory"/> hold exactly <paramref name="files"/>: a file whose bytes are already there is
    /// not touched, a changed one is replaced through a temp file and a rename (a reader sees the old or the new page,
    /// never half of one), files no longer produced are deleted. A folder that is missing or empty is written as by
    /// <see cref="Write"/>. An I/O error part way leaves some files old and some new, each whole.
    /// </summary>
    public static void Update(string directory, IReadOnlyList<GeneratedFile> files)
    {
        var target = Path.GetFullPath(directory);
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            Write(target, files);
            return;
        }

        try
        {
            var present = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(target, p).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var folder in Folders(target, files))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(target, file.RelativePath);
                var bytes = file.ToUtf8();
                if (!present.Contains(file.RelativePath))
                {
                    WriteFile(path, bytes);
                }
                else if (!HasBytes(path, bytes))
                {
                    var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.tmp-{Guid.NewGuid():N}");
                    WriteFile(temp, bytes);
                    File.Move(temp, path, overwrite: true);
                }
            });
            var produced = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in present.Where(p => !produced.Contains(p)))
            {
                File.Delete(Path.Combine(target, gone));
            }

            // Folders left empty by the deletions (deepest first), e.g. data/ of an older site layout.
            foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            {
                if (!Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReflektException($"{target}: cannot write generated code: {e.Message}", e);
        }
    }

    // Folders are made first, once each; then the files, in parallel (file creation is mostly system-call time).
    private static void WriteAll(string root, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var folder in Folders(root, files))
        {
            Directory.CreateDirectory(folder);
        }

        // A large file (a codegen client) streams its chunks to disk rather than becoming one string first.
        Parallel.ForEach(files, file => file.WriteTo(Path.Combine(root, file.RelativePath)));
    }

    private static IEnumerable<string> Folders(string root, IReadOnlyList<GeneratedFile> files) =>
        files.Select(f => Path.GetDirectoryName(Path.Combine(root, f.RelativePath))!).Distinct(StringComparer.Ordinal);

    // One open, one write, one close: no preallocation or truncation, which File.WriteAllText adds per file.
    private static void WriteFile(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }

    private static bool HasBytes(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }

        var existing = new byte[bytes.Length];
        var read = 0;
        while (read < existing.Length && RandomAccess.Read(handle, existing.AsSpan(read), read) is var n and > 0)
        {
            read += n;
        }

        return read == bytes.Length && existing.AsSpan().SequenceEqual(bytes);
    }

    /// <summary>The files under <paramref name="directory"/> that differ from <paramref name="files"/>, are missing, or are extra (sorted).</summary>
    public static IReadOnlyList<string> Stale(string directory, IReadOnlyList<GeneratedFile> files)
    {
        var target = Path.GetFullPath(directory);
        var stale = new SortedSet<string>(StringComparer.Ordinal);
        var expected = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(target, file.RelativePath);
            if (!File.Exists(path) || File.ReadAllText(path) != file.Content)
            {
                stale.Add(file.RelativePath);
            }
        }

        if (Directory.Exists(target))
        {
            foreach (var path in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(target, path).Replace('\\', '/');
                if (!expected.ContainsKey(relative))
                {
                    stale.Add(relative);
                }
            }
        }

        return stale.ToArray();
    }
}
