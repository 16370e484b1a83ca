using System.Text.Json;
using Reflekt.Reports;
using Reflekt.Schemas;
using Reflekt.Testing;

namespace Reflekt.Tests.Reports;

/// <summary>
/// Each Golden/&lt;case&gt;.md is what Reflekt 0.6's jsonschema2md writes for Golden/&lt;case&gt;.json, produced by running
/// upstream's parser on the file (every top-level property in these cases is required, so upstream's one known
/// divergence, below, does not show).
/// </summary>
public sealed class MarkdownReportGoldenTests
{
    private static readonly string Folder = Path.Combine("tests", "Reflekt.Tests", "Reports", "Golden");

    [Theory]
    [InlineData("array-length")]
    [InlineData("composition")]
    [InlineData("additional-properties")]
    [InlineData("property-examples")]
    [InlineData("definitions-and-examples")]
    [InlineData("empty-description")]
    [InlineData("python-numbers")]
    [InlineData("tuple-items")]
    public void Report_matches_upstream(string name)
    {
        var input = File.ReadAllText(Path.Combine(SharedFixtures.RepositoryRoot, Folder, name + ".json"));
        using var document = JsonDocument.Parse(input);

        var report = MarkdownReport.Render(EventSchema.Read($"{name}.json", document.RootElement));

        Golden.Assert(Path.Combine(Folder, name + ".md"), report);
    }

    // Upstream's parse_schema never passes `required`, so it calls every top-level property required; we keep the
    // `required` list's word for it, as nested properties already do upstream.
    [Fact]
    public void An_optional_top_level_property_is_not_called_required()
    {
        using var document = JsonDocument.Parse("""
            {"properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["b"]}
            """);

        var report = MarkdownReport.Render(EventSchema.Read("optional.json", document.RootElement));

        Assert.Equal("## Properties\n\n- **`a`** *(string)*\n- **`b`** *(string, required)*\n", report);
    }
}
