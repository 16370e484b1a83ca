namespace Reflekt.Codegen;

/// <summary>
/// Writes generated files to their folder, or compares them with what is there (<c>--check</c>). A write replaces the
/// whole folder at once (temp folder + rename), so a failed run leaves the previous client and no stale files.
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
            foreach (var file in files)
            {
                var path = Path.Combine(temp, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                file.WriteTo(path);
            }

            Directory.CreateDirectory(temp);
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
