using System.Text;
using Reflekt.Docs.Model;
using static Reflekt.Docs.Html.HtmlText;

namespace Reflekt.Docs.Html;

/// <summary>Every event as a plain list of links, for readers without JavaScript and for crawlers.</summary>
internal static class AllEventsPage
{
    public static string Render(DocsSite site)
    {
        var body = new StringBuilder("<h1>All events</h1>\n<ul class=\"all\">\n");
        foreach (var e in site.Events)
        {
            body.Append("<li><a href=\"events/").Append(e.Slug).Append(".html\">").Append(E(e.Name)).Append("</a> <span class=\"muted\">")
                .Append(E(e.Folder)).Append("</span></li>\n");
        }

        body.Append("</ul>\n");
        return PageLayout.Render(site.ProjectName, "All events", "", body.ToString(), [], site.ViolationsNote);
    }
}
