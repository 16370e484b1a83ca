using Reflekt.Testing;

namespace Reflekt.JsonSchema.Tests.Suite;

/// <summary>
/// tests/Reflekt.JsonSchema.Tests/skipped.md: the suite cases we skip, one table row each:
/// <c>| draft7/file/group description/test description | reason |</c>.
/// </summary>
internal static class SkipList
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Entries = new(Load);

    public static string FilePath => Path.Combine(SharedFixtures.RepositoryRoot, "tests", "Reflekt.JsonSchema.Tests", "skipped.md");

    public static IReadOnlyDictionary<string, string> All => Entries.Value;

    private static Dictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(FilePath))
        {
            if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| case ", StringComparison.Ordinal) || line.StartsWith("|--", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split(" | ");
            if (cells.Length >= 2)
            {
                result[Unescape(cells[0].Trim())] = cells[1].Trim();
            }
        }

        return result;
    }

    private static string Unescape(string cell) => cell.Replace("\\|", "|");
}
