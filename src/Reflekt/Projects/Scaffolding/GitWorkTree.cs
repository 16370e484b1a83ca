namespace Reflekt.Projects.Scaffolding;

/// <summary>Finds the git work tree a path lies in, by the `.git` directory (or worktree file) git itself looks for.</summary>
public static class GitWorkTree
{
    /// <summary>The root of the work tree holding <paramref name="path"/> (a file or directory, existing or not), or null outside any.</summary>
    public static string? FindRoot(string path)
    {
        for (var directory = Path.GetFullPath(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var git = Path.Combine(directory, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies below it.</summary>
    public static bool IsUnder(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
