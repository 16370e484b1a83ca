using System.Text;
using Reflekt.Docs.Model;
using Reflekt.Schemas.Evolution;
using static Reflekt.Docs.Html.HtmlText;

namespace Reflekt.Docs.Html;

/// <summary>One event's page: summary, versions with their property trees, lint, dbt and calls, the version diff, reflection and violations.</summary>
internal static class EventPage
{
    /// <summary>The whole page (layout included) into <paramref name="html"/>.</summary>
    public static void Render(StringBuilder html, DocsSite site, DocsEvent e)
    {
        var latest = e.Versions[0];
        PageLayout.Open(html, site.ProjectName, e.Name, "../", site.ViolationsNote);
        html.Append("<nav aria-label=\"Breadcrumb\" class=\"crumbs\"><a href=\"../index.html\">Events</a> / <span>").Append(E(e.Folder)).Append("</span></nav>\n")
            .Append("<h1>").Append(E(e.Name)).Append("</h1>\n");
        if (e.Description is { Length: > 0 })
        {
            html.Append("<p class=\"lead\">").Append(E(e.Description)).Append("</p>\n");
        }

        html.Append("<dl class=\"facts\">\n");
        Fact(html, "Folder", $"<code>{E(e.Folder)}</code>");
        Fact(html, "Call", E(e.CallType));
        Fact(html, "Owner", E(e.Owner ?? "—"));
        Fact(html, "Latest version", $"<code>{E(latest.Version)}</code>");
        Fact(html, "Lint", Badge(e.LintStatus));
        Fact(html, "Freshness", Badge(e.Freshness));
        html.Append("</dl>\n");

        html.Append("<nav aria-label=\"Versions\" class=\"versions\"><h2 id=\"versions\">Versions</h2><ul>\n");
        foreach (var v in e.Versions)
        {
            html.Append("<li><a href=\"#v-").Append(E(v.Version)).Append("\">").Append(E(v.Version)).Append("</a> <code class=\"muted\">").Append(E(v.Id)).Append("</code></li>\n");
        }

        html.Append("</ul></nav>\n");
        if (e.Diffs.Count > 0)
        {
            Diff(html, e);
        }

        if (e.Reflection is { } reflection)
        {
            Reflection(html, reflection, site.Source!);
        }

        if (e.Violations is { } violations)
        {
            Violations(html, violations);
        }

        foreach (var v in e.Versions)
        {
            Version(html, v, v == latest);
        }

        PageLayout.Close(html, "../", []);
    }

    private static void Diff(StringBuilder html, DocsEvent e)
    {
        var shown = e.Diffs.Last(d => d.To == e.Versions[0].Version);
        shown = e.Diffs.LastOrDefault(d => d.To == e.Versions[0].Version && d.From == e.Versions[1].Version) ?? shown;
        html.Append("<section aria-labelledby=\"diff-title\" id=\"diff\">\n<h2 id=\"diff-title\">Compare versions</h2>\n<form class=\"pair\" onsubmit=\"return false\">\n");
        Picker(html, "diff-from", "From", e, shown.From);
        Picker(html, "diff-to", "To", e, shown.To);
        html.Append("</form>\n<div id=\"diff-result\" aria-live=\"polite\">\n").Append(DiffResult(shown)).Append("</div>\n");
        // Every pair, for the picker (site.js shows the one picked); inert templates, so their ids are not the page's.
        foreach (var d in e.Diffs)
        {
            html.Append("<template data-from=\"").Append(E(d.From)).Append("\" data-to=\"").Append(E(d.To)).Append("\">\n").Append(DiffResult(d)).Append("</template>\n");
        }

        html.Append("<template id=\"diff-same\"><p id=\"diff-verdict\">Pick two different versions.</p></template>\n")
            .Append("<template id=\"diff-reversed\"><p class=\"muted\">Shown from the older to the newer version.</p></template>\n</section>\n");
    }

    private static void Picker(StringBuilder html, string id, string label, DocsEvent e, string selected)
    {
        html.Append("<div><label for=\"").Append(id).Append("\">").Append(label).Append("</label>\n<select id=\"").Append(id).Append("\">\n");
        foreach (var v in e.Versions.Reverse())
        {
            html.Append("<option").Append(v.Version == selected ? " selected" : "").Append('>').Append(E(v.Version)).Append("</option>\n");
        }

        html.Append("</select></div>\n");
    }

    /// <summary>The verdict and change table of one pair: the only place this markup is made.</summary>
    private static string DiffResult(DocsDiff diff)
    {
        var html = new StringBuilder();
        var breaking = diff.Changes.Count(c => c.IsBreaking);
        html.Append("<p id=\"diff-verdict\" class=\"verdict ").Append(diff.Breaking ? "breaking" : "compatible").Append("\">")
            .Append(E(diff.From)).Append(" → ").Append(E(diff.To)).Append(": ")
            .Append(diff.Changes.Count == 0 ? "no changes" : diff.Breaking ? $"breaking ({breaking} of {diff.Changes.Count} changes)" : $"compatible ({diff.Changes.Count} changes, none breaking)")
            .Append("</p>\n");
        if (diff.Changes.Count == 0)
        {
            return html.ToString();
        }

        html.Append("<div class=\"scroll\"><table class=\"changes\"><caption>Changes from ").Append(E(diff.From)).Append(" to ").Append(E(diff.To)).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">Change</th><th scope=\"col\">Where</th><th scope=\"col\">Why</th></tr></thead><tbody>\n");
        foreach (var change in diff.Changes)
        {
            html.Append("<tr><td>").Append(Badge(Verdict(change.Impact))).Append("</td><td><code>").Append(E(change.Kind)).Append("</code></td><td><code>")
                .Append(E(change.Pointer.Length == 0 ? "/" : change.Pointer)).Append("</code></td><td>").Append(E(change.Explanation)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
        return html.ToString();
    }

    private static string Verdict(ChangeImpact impact) => impact switch
    {
        ChangeImpact.Breaking => "breaking",
        ChangeImpact.NotAnalysed => "not analysed (breaking)",
        _ => "non-breaking",
    };

    private static void Reflection(StringBuilder html, EventReflection r, string source)
    {
        html.Append("<section aria-labelledby=\"warehouse-title\" id=\"warehouse\">\n<h2 id=\"warehouse-title\">In the warehouse</h2>\n")
            .Append("<p>Table <code>").Append(E(r.Table)).Append("</code> of <code>").Append(E(source)).Append("</code>: ").Append(Badge(r.Status))
            .Append(", ").Append(r.RowCount).Append(" rows in the window, valid through <time>").Append(E(r.ValidThrough ?? "never")).Append("</time>")
            .Append(r.ReflectedAt is null ? "" : $", reflected <time>{E(r.ReflectedAt)}</time>").Append(".</p>\n")
            .Append(FreshnessChart.Render(r.Table, r.Days));
        if (r.Findings.Count > 0)
        {
            html.Append("<h3>Drift</h3>\n<ul class=\"findings\">\n");
            foreach (var finding in r.Findings)
            {
                html.Append("<li>").Append(E(finding)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<div class=\"scroll\"><table><caption>Columns of the table against the latest schema</caption>\n<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Warehouse type</th><th scope=\"col\">In the schema</th></tr></thead><tbody>\n");
        foreach (var c in r.Columns)
        {
            html.Append("<tr><td><code>").Append(E(c.Name)).Append("</code></td><td>").Append(c.WarehouseType is null ? "<em>missing from the table</em>" : E(c.WarehouseType))
                .Append("</td><td>").Append(c.InSchema ? "yes" : "no").Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void Violations(StringBuilder html, IReadOnlyList<EventViolation> violations)
    {
        html.Append("<section aria-labelledby=\"violations-title\" id=\"violations\">\n<h2 id=\"violations-title\">Live violations</h2>\n");
        if (violations.Count == 0)
        {
            html.Append("<p>The registry reports no violations of this event.</p>\n</section>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table><caption>Violations reported by the registry server</caption>\n<thead><tr><th scope=\"col\">Schema</th><th scope=\"col\">Where</th><th scope=\"col\">Problem</th><th scope=\"col\">Events</th><th scope=\"col\">Last seen</th></tr></thead><tbody>\n");
        foreach (var v in violations)
        {
            html.Append("<tr><td><code>").Append(E(v.SchemaId)).Append("</code></td><td><code>").Append(E(v.Pointer)).Append("</code></td><td>").Append(E(v.Message))
                .Append("</td><td>").Append(v.Count).Append("</td><td>").Append(E(v.LastSeen ?? "")).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void Version(StringBuilder html, DocsVersion v, bool latest)
    {
        var id = "v-" + E(v.Version);
        html.Append("<section class=\"version\" aria-labelledby=\"").Append(id).Append("-title\" id=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("-title\">Version ")
            .Append(E(v.Version)).Append(latest ? " (latest)" : "").Append("</h2>\n<p><code>").Append(E(v.Id)).Append("</code></p>\n");
        if (v.Description is { Length: > 0 } && !latest)
        {
            html.Append("<p>").Append(E(v.Description)).Append("</p>\n");
        }

        if (v.Metadata.Count > 0)
        {
            html.Append("<h3>Metadata</h3>\n<dl class=\"facts\">\n");
            foreach (var (key, value) in v.Metadata)
            {
                Fact(html, key, E(value));
            }

            html.Append("</dl>\n");
        }

        Properties(html, v);
        html.Append("<h3>Lint</h3>\n");
        if (v.Findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"findings\">\n");
            foreach (var f in v.Findings)
            {
                html.Append("<li>").Append(Badge(f.Severity.ToString().ToLowerInvariant())).Append(" <code>").Append(E(f.RuleId)).Append("</code> ")
                    .Append(E(f.Message)).Append(f.Line > 0 ? $" <span class=\"muted\">line {f.Line}</span>" : "").Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h3>dbt</h3>\n<p>Staging model <code>").Append(E(v.Dbt.Model)).Append("</code> over the raw table <code>").Append(E(v.Dbt.Table))
            .Append("</code>; besides the loader's standard columns it has:</p>\n");
        if (v.Dbt.Columns.Count > 0)
        {
            html.Append("<div class=\"scroll\"><table><caption>Columns of ").Append(E(v.Dbt.Model)).Append("</caption>\n<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">From property</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead><tbody>\n");
            foreach (var c in v.Dbt.Columns)
            {
                html.Append("<tr><td><code>").Append(E(c.Column)).Append("</code></td><td><code>").Append(E(c.Property)).Append("</code></td><td>").Append(E(c.Type))
                    .Append("</td><td>").Append(E(c.Description)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }

        if (v.Examples.Count > 0)
        {
            html.Append("<h3>Calls</h3>\n");
            foreach (var example in v.Examples)
            {
                html.Append("<figure class=\"code\"><figcaption>").Append(E(example.Language)).Append(" (<code>reflekt codegen --language ").Append(E(example.Language))
                    .Append("</code>)</figcaption><pre tabindex=\"0\"><code>").Append(E(example.Code)).Append("</code></pre></figure>\n");
            }
        }

        html.Append("</section>\n");
    }

    private static void Properties(StringBuilder html, DocsVersion v)
    {
        html.Append("<h3>Properties</h3>\n");
        if (v.Properties.Count == 0)
        {
            html.Append("<p>No properties.</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\"><table class=\"properties\"><caption>Properties of version ").Append(E(v.Version)).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">Allowed values</th><th scope=\"col\">Format</th><th scope=\"col\">Constraints</th><th scope=\"col\">Description</th></tr></thead><tbody>\n");
        foreach (var p in v.Properties)
        {
            // Nested rows are indented by depth; top-level rows (most of them) carry no style.
            html.Append("<tr><th scope=\"row\"");
            if (p.Depth > 0)
            {
                html.Append(" class=\"depth\" style=\"--depth:").Append(p.Depth).Append('"');
            }

            html.Append("><code>").Append(E(p.Depth == 0 ? p.Name : p.Path)).Append("</code></th><td>").Append(E(p.Type)).Append("</td><td>").Append(p.Required ? "required" : "optional")
                .Append("</td><td>");
            Codes(html, p.Enum, ", ");
            html.Append("</td><td>").Append(E(p.Format)).Append("</td><td>");
            Codes(html, p.Constraints, "<br>");
            html.Append("</td><td>").Append(E(p.Description)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void Codes(StringBuilder html, IReadOnlyList<string> values, string separator)
    {
        for (var i = 0; i < values.Count; i++)
        {
            html.Append(i == 0 ? "" : separator).Append("<code>").Append(E(values[i])).Append("</code>");
        }
    }

    private static void Fact(StringBuilder html, string term, string valueHtml) =>
        html.Append("<div><dt>").Append(E(term)).Append("</dt><dd>").Append(valueHtml).Append("</dd></div>\n");

    private static string Badge(string status) => $"<span class=\"badge {E(status.Replace(' ', '-').Replace("(", "").Replace(")", ""))}\">{E(status.Replace('_', ' '))}</span>";
}
