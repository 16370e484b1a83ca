using System.Text;
using Reflekt.Codegen;
using Reflekt.Docs.Html;
using Reflekt.Docs.Model;

namespace Reflekt.Docs;

/// <summary>
/// Renders the site model as files: HTML pages (an event page embeds its version diffs as JSON), the search index,
/// one stylesheet and one script. Data is embedded, not fetched, so the site works from <c>file://</c>.
/// </summary>
public static class SiteRenderer
{
    /// <summary>Every file of the site, sorted by path; the same model gives the same bytes.</summary>
    public static IReadOnlyList<GeneratedFile> Render(DocsSite site)
    {
        // An event page is rendered when it is written (in parallel, by the writer), straight into the writing thread's
        // buffers: 10,000 pages held as strings until the write were most of the run's memory and its gen1 collections.
        var files = new List<GeneratedFile>(site.Events.Count + 5);
        files.AddRange(site.Events.Select(e => new GeneratedFile($"events/{e.Slug}.html", html => EventPage.Render(html, site, e))));
        files.AddRange(
        [
            new("index.html", IndexPage.Render(site)),
            new("all-events.html", AllEventsPage.Render(site)),
            new("assets/site.css", Asset("site.css")),
            new("assets/site.js", Asset("site.js")),
            new("assets/search-index.js", SearchIndex.Script(site)),
        ]);
        return [.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)];
    }

    private static string Asset(string name)
    {
        using var stream = typeof(SiteRenderer).Assembly.GetManifestResourceStream($"Reflekt.Docs.Assets.{name}")
            ?? throw new InvalidOperationException($"embedded docs asset {name} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
