using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reflekt.Docs.Model;

namespace Reflekt.Docs;

/// <summary>
/// The index page's search data as one script (<c>assets/search-index.js</c>, <c>window.REFLEKT_INDEX</c>). It is
/// evaluated on every index load, so it is written as a few long strings: a JavaScript literal of 40,000 strings and
/// 50,000 numbers took Chromium ~70 ms to evaluate for 10,000 events, the same data as ten strings a few
/// milliseconds, and the page reads an event's line out of a column without splitting it. Property paths and
/// descriptions recur across events (the same <c>user_id</c> everywhere), so each distinct text is written once and
/// referred to by number, each distinct (path, description) pair once, and each distinct property list once.
/// </summary>
/// <remarks>
/// Layout: <c>events</c> and <c>textCount</c>: how many lines the event columns and <c>texts</c> have. Text columns
/// hold one line per entry (line breaks inside a value become spaces; search terms never span whitespace):
/// <c>texts</c> (every interned text), and per event <c>slug</c>, <c>name</c>, <c>folder</c>, <c>description</c>.
/// Number columns are comma-separated: <c>pairs</c> (path text, description text per pair), <c>lists</c> (the pair
/// numbers of each distinct property list of the latest version, lists separated by <c>;</c>), and per event
/// <c>group</c>, <c>owner</c>, <c>lint</c>, <c>freshness</c> (text numbers) and <c>props</c> (a list number).
/// </remarks>
public static class SearchIndex
{
    private static readonly JsonWriterOptions Writer = new()
    {
        // Escapes <, > and & too, so no schema text can close a script element.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>The script text; the same site gives the same bytes (numbers follow first use in event order).</summary>
    public static string Script(DocsSite site)
    {
        var texts = new Interner<string>(StringComparer.Ordinal);
        var pairs = new Interner<(int Path, int Description)>(EqualityComparer<(int, int)>.Default);
        var lists = new Interner<string>(StringComparer.Ordinal);
        var columns = new (int Group, int Owner, int Lint, int Freshness, int Props)[site.Events.Count];
        for (var i = 0; i < site.Events.Count; i++)
        {
            var e = site.Events[i];
            var list = string.Join(',', e.Versions[0].Properties.Select(p => pairs.Id((texts.Id(OneLine(p.Path)), texts.Id(OneLine(p.Description ?? ""))))));
            columns[i] = (texts.Id(OneLine(e.Group)), texts.Id(OneLine(e.Owner ?? "")), texts.Id(e.LintStatus), texts.Id(e.Freshness), lists.Id(list));
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            json.WriteNumber("events", site.Events.Count);
            json.WriteNumber("textCount", texts.Items.Count);
            json.WriteString("texts", string.Join('\n', texts.Items));
            json.WriteString("pairs", string.Join(',', pairs.Items.Select(p => $"{p.Path},{p.Description}")));
            json.WriteString("lists", string.Join(';', lists.Items));
            json.WriteString("slug", Lines(site.Events.Select(e => e.Slug)));
            json.WriteString("name", Lines(site.Events.Select(e => e.Name)));
            json.WriteString("folder", Lines(site.Events.Select(e => e.Folder)));
            json.WriteString("description", Lines(site.Events.Select(e => e.Description ?? "")));
            json.WriteString("group", string.Join(',', columns.Select(c => c.Group)));
            json.WriteString("owner", string.Join(',', columns.Select(c => c.Owner)));
            json.WriteString("lint", string.Join(',', columns.Select(c => c.Lint)));
            json.WriteString("freshness", string.Join(',', columns.Select(c => c.Freshness)));
            json.WriteString("props", string.Join(',', columns.Select(c => c.Props)));
            json.WriteEndObject();
        }

        return "window.REFLEKT_INDEX = " + Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + ";\n";
    }

    private static string Lines(IEnumerable<string> values) => string.Join('\n', values.Select(OneLine));

    /// <summary>A value as one line of its column (line breaks become spaces; in HTML text they are spaces anyway).</summary>
    internal static string OneLine(string value) =>
        value.AsSpan().IndexOfAny('\n', '\r') < 0 ? value : value.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Numbers distinct values in the order they are first seen.</summary>
    private sealed class Interner<T>(IEqualityComparer<T> comparer) where T : notnull
    {
        private readonly Dictionary<T, int> _ids = new(comparer);

        public List<T> Items { get; } = [];

        public int Id(T value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = Items.Count;
                _ids.Add(value, id);
                Items.Add(value);
            }

            return id;
        }
    }
}
