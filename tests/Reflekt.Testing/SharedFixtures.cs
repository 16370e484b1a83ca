using Xunit;

namespace Reflekt.Testing;

/// <summary>Finds ../shared (or $REFLEKT_SHARED) so tests read the fixtures in place, never copies.</summary>
public static class SharedFixtures
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The shared folder, or null when it is not on this machine.</summary>
    public static string? RootOrNull => Root.Value;

    /// <summary>The repository root: the folder holding Reflekt.slnx.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// A path under shared/. When shared/ is missing the test fails under CI=true
    /// and is skipped (with the reason) elsewhere.
    /// </summary>
    public static string Path(params string[] parts)
    {
        var root = Root.Value;
        if (root is null)
        {
            const string reason = "shared fixtures not found: set REFLEKT_SHARED or place shared/ beside the repository";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason);
            }

            Assert.Skip(reason);
        }

        return System.IO.Path.Combine([root!, .. parts]);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("REFLEKT_SHARED");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return Directory.Exists(fromEnv) ? System.IO.Path.GetFullPath(fromEnv) : null;
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Reflekt.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Reflekt.slnx not found above " + AppContext.BaseDirectory);
    }
}
