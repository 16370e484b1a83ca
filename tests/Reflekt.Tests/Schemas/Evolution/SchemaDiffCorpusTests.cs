using System.Text.Json;
using Reflekt.Schemas.Evolution;
using Reflekt.Testing;

namespace Reflekt.Tests.Schemas.Evolution;

/// <summary>
/// The diff corpus: each file in Cases/ holds its keyword family, an old and a new schema, the expected classified changes
/// (<c>breaking:kind</c> / <c>non-breaking:kind</c> / <c>not-analysed:kind</c>), their exact messages and optionally the
/// documents cross-file refs resolve to (<c>oldReferences</c>/<c>newReferences</c>: id → schema), read in place from the source tree.
/// </summary>
public sealed class SchemaDiffCorpusTests
{
    private static string CasesDirectory => Path.Combine(SharedFixtures.RepositoryRoot, "tests", "Reflekt.Tests", "Schemas", "Evolution", "Cases");

    public static TheoryData<string> CaseNames => new(
        Directory.EnumerateFiles(CasesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    /// <summary>The keyword families of issue 15, each needing at least five pairs.</summary>
    private static readonly string[] Families =
    [
        "type", "enum-const", "properties", "bounds", "multipleOf", "pattern", "format", "items", "composition", "if-then-else", "dependencies", "ref",
    ];

    [Fact]
    public void The_corpus_has_at_least_120_pairs() => Assert.True(CaseNames.Count >= 120, $"{CaseNames.Count} pairs");

    [Fact]
    public void Every_keyword_family_has_at_least_five_pairs()
    {
        var families = CaseNames.Select(name => Read(name).GetProperty("family").GetString()!).ToList();
        Assert.All(Families, family => Assert.True(families.Count(f => f == family) >= 5, $"{family}: {families.Count(f => f == family)} pairs"));
        Assert.All(families, family => Assert.True(Families.Contains(family) || family == "annotations-and-unknown", $"unknown family {family}"));
    }

    private static JsonElement Read(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesDirectory, name + ".json")));
        return document.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Changes_are_classified_as_expected(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(CasesDirectory, name + ".json")));
        var root = document.RootElement;
        var expected = root.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();

        var changes = SchemaDiff.Compare(root.GetProperty("old"), root.GetProperty("new"), References(root, "oldReferences"), References(root, "newReferences"));

        var actual = changes.Select(c => Verdict(c.Impact) + ":" + c.Kind).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        var messages = root.GetProperty("messages").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal);
        Assert.Equal(messages, changes.Select(c => c.Explanation).Order(StringComparer.Ordinal));
        Assert.All(changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
        Assert.All(changes, c => Assert.StartsWith("/", c.Pointer.Length == 0 ? "/" : c.Pointer));
    }

    private static string Verdict(ChangeImpact impact) => impact switch
    {
        ChangeImpact.NonBreaking => "non-breaking",
        ChangeImpact.Breaking => "breaking",
        _ => "not-analysed",
    };

    private static SchemaReferences References(JsonElement root, string name) =>
        root.TryGetProperty(name, out var documents)
            ? new SchemaReferences(documents.EnumerateObject().ToDictionary(d => d.Name, d => d.Value.Clone()))
            : SchemaReferences.None;

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
