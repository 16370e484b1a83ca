using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reflekt.Codegen;
using Reflekt.Docs.Html;
using Reflekt.Docs.Model;

namespace Reflekt.Docs;

/// <summary>
/// Renders the site model as files: HTML pages, one data script per event (its model as JSON), the search index,
/// one stylesheet and one script. Data is embedded as scripts, not fetched, so the site works from <c>file://</c>.
/// </summary>
public static class SiteRenderer
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        // Escapes <, > and & too, so no schema text can close the script element it is embedded in.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>Every file of the site, sorted by path; the same model gives the same bytes.</summary>
    public static IReadOnlyList<GeneratedFile> Render(DocsSite site)
    {
        var files = new List<GeneratedFile>
        {
            new("index.html", IndexPage.Render(site)),
            new("all-events.html", AllEventsPage.Render(site)),
            new("assets/site.css", Asset("site.css")),
            new("assets/site.js", Asset("site.js")),
            new("assets/search-index.js", SearchIndex(site)),
        };
        foreach (var e in site.Events)
        {
            files.Add(new($"events/{e.Slug}.html", EventPage.Render(site, e)));
            files.Add(new($"data/{e.Slug}.js", $"window.REFLEKT_EVENT = {JsonSerializer.Serialize(e, Json)};\n"));
        }

        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    /// <summary>The search index script: one compact entry per event, the latest version's properties with their descriptions.</summary>
    internal static string SearchIndex(DocsSite site)
    {
        var entries = site.Events.Select(e => new SearchEntry(
            e.Slug, e.Name, e.Folder, e.Group, e.Owner ?? "", e.LintStatus, e.Freshness, e.Description ?? "",
            [.. e.Versions[0].Properties.Select(p => new[] { p.Path, p.Description ?? "" })]));
        return $"window.REFLEKT_INDEX = {JsonSerializer.Serialize(entries, Json)};\n";
    }

    private static string Asset(string name)
    {
        using var stream = typeof(SiteRenderer).Assembly.GetManifestResourceStream($"Reflekt.Docs.Assets.{name}")
            ?? throw new InvalidOperationException($"embedded docs asset {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed record SearchEntry(
        [property: JsonPropertyName("s")] string Slug,
        [property: JsonPropertyName("n")] string Name,
        [property: JsonPropertyName("f")] string Folder,
        [property: JsonPropertyName("g")] string Group,
        [property: JsonPropertyName("o")] string Owner,
        [property: JsonPropertyName("l")] string Lint,
        [property: JsonPropertyName("r")] string Freshness,
        [property: JsonPropertyName("d")] string Description,
        [property: JsonPropertyName("p")] IReadOnlyList<string[]> Properties);
}
