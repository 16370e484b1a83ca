using System.Text.Json;
using Reflekt.Schemas.Evolution;
using Reflekt.Testing;

namespace Reflekt.Tests.Schemas.Evolution;

/// <summary>
/// The diff corpus: each file in Cases/ holds an old and a new schema and the expected classified changes
/// (<c>breaking:kind</c> / <c>non-breaking:kind</c>), read in place from the source tree.
/// </summary>
public sealed class SchemaDiffCorpusTests
{
    private static string CasesDirectory => Path.Combine(SharedFixtures.RepositoryRoot, "tests", "Reflekt.Tests", "Schemas", "Evolution", "Cases");

    public static TheoryData<string> CaseNames => new(
        Directory.EnumerateFiles(CasesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Fact]
    public void The_corpus_has_at_least_thirty_pairs() => Assert.True(CaseNames.Count >= 30);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Changes_are_classified_as_expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesDirectory, name + ".json")));
        var root = document.RootElement;
        var expected = root.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

        var changes = SchemaDiff.Compare(root.GetProperty("old"), root.GetProperty("new"));

        var actual = changes.Select(c => (c.IsBreaking ? "breaking:" : "non-breaking:") + c.Kind).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.All(changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
        Assert.All(changes, c => Assert.StartsWith("/", c.Pointer.Length == 0 ? "/" : c.Pointer));
    }

    [Fact]
    public void Explanations_name_the_property()
    {
        using var oldSchema = JsonDocument.Parse("""{"properties": {"a": {"type": "string"}}}""");
        using var newSchema = JsonDocument.Parse("""{"properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["b"]}""");
        var change = Assert.Single(SchemaDiff.Compare(oldSchema.RootElement, newSchema.RootElement));
        Assert.Equal("/properties/b: required property \"b\" added — events without it are rejected", change.Explanation);
        Assert.Equal("/properties/b", change.Pointer);
    }
}
