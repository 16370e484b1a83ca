using Xunit;

namespace Reflekt.Testing;

/// <summary>
/// Golden files: expected output committed under the repository. <c>REFLEKT_UPDATE_GOLDEN=1</c> rewrites a differing
/// file and still fails the test, so a rewrite is never a pass; under <c>CI=true</c> nothing is rewritten.
/// </summary>
public static class Golden
{
    /// <summary>Asserts <paramref name="actual"/> equals the file at <paramref name="relativePath"/> (from the repository root).</summary>
    /// <param name="relativePath">The golden file, from the repository root.</param>
    /// <param name="actual">What the code produced.</param>
    /// <param name="normalize">Applied to both sides before comparing (and to what is written), for differences that
    /// do not matter, such as trailing spaces that editors strip.</param>
    public static void Assert(string relativePath, string actual, Func<string, string>? normalize = null)
    {
        var path = Path.Combine(SharedFixtures.RepositoryRoot, relativePath);
        normalize ??= static text => text;
        actual = normalize(actual);
        var expected = File.Exists(path) ? normalize(File.ReadAllText(path)) : null;
        if (expected == actual)
        {
            return;
        }

        var update = Environment.GetEnvironmentVariable("REFLEKT_UPDATE_GOLDEN") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (update && !ci)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Xunit.Assert.Fail($"golden file rewritten: {relativePath}; rerun without REFLEKT_UPDATE_GOLDEN");
        }

        if (expected is null)
        {
            Xunit.Assert.Fail($"golden file missing: {relativePath} (create it with REFLEKT_UPDATE_GOLDEN=1, outside CI)");
        }

        Xunit.Assert.Equal(expected, actual);
    }
}
