using System.Text;
using Reflekt.Docs.Model;
using static Reflekt.Docs.Html.HtmlText;

namespace Reflekt.Docs.Html;

/// <summary>The index: a search box and filters over the search index; results are drawn by <c>site.js</c>.</summary>
internal static class IndexPage
{
    public static string Render(DocsSite site)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(site.ProjectName)).Append(" tracking plan</h1>\n")
            .Append("<p class=\"lead\">").Append(site.Events.Count).Append(" events")
            .Append(site.Source is null ? "" : $"; freshness from the latest reflection of <code>{E(site.Source)}</code>").Append(".</p>\n")
            .Append("<search role=\"search\" class=\"finder\">\n<form id=\"finder\" onsubmit=\"return false\">\n")
            .Append("<label for=\"q\">Search events, properties and descriptions</label>\n")
            .Append("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" placeholder=\"e.g. order id\">\n")
            .Append("<div class=\"filters\">\n");
        Filter(body, "folder", "Folder", site.Events.Select(e => e.Group));
        Filter(body, "owner", "Owner", site.Events.Select(e => e.Owner ?? ""));
        Filter(body, "lint", "Lint status", site.Events.Select(e => e.LintStatus));
        Filter(body, "freshness", "Freshness", site.Events.Select(e => e.Freshness));
        body.Append("</div>\n</form>\n</search>\n")
            .Append("<p id=\"count\" role=\"status\" aria-live=\"polite\"></p>\n")
            .Append("<ol id=\"results\" class=\"results\" aria-label=\"Matching events\"></ol>\n")
            .Append("<button type=\"button\" id=\"more\" hidden>Show more</button>\n")
            .Append("<noscript><p>Search needs JavaScript; <a href=\"all-events.html\">all events</a> are listed without it.</p></noscript>\n");
        return PageLayout.Render(site.ProjectName, "Events", "", body.ToString(), ["assets/search-index.js"], site.ViolationsNote);
    }

    private static void Filter(StringBuilder body, string id, string label, IEnumerable<string> values)
    {
        body.Append("<div><label for=\"f-").Append(id).Append("\">").Append(label).Append("</label>\n<select id=\"f-").Append(id)
            .Append("\" data-filter=\"").Append(id).Append("\">\n<option value=\"*\">Any</option>\n");
        // The values as the search index holds them, so site.js compares them as they are.
        foreach (var value in values.Select(SearchIndex.OneLine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            body.Append("<option value=\"").Append(E(value)).Append("\">").Append(E(value.Length == 0 ? "(none)" : value)).Append("</option>\n");
        }

        body.Append("</select></div>\n");
    }
}
