using System.Text.Encodings.Web;
using System.Text.Json;
using Reflekt.Docs.Model;

namespace Reflekt.Docs;

/// <summary>
/// The index page's search data as one script (<c>assets/search-index.js</c>, <c>window.REFLEKT_INDEX</c>). It is
/// parsed on every index load, so it is kept small: property paths and descriptions recur across events (the same
/// <c>user_id</c> everywhere), so each distinct text is written once and referred to by number, each distinct
/// (path, description) pair once, and each distinct property list once; an event names its list by number.
/// </summary>
/// <remarks>
/// Layout (all arrays; the <c>n</c>-th element of each event column belongs to the <c>n</c>-th event):
/// <c>texts</c>: every interned text; <c>pairs</c>: flat [path text, description text] per pair; <c>lists</c>: the
/// pair numbers of each distinct property list (latest version); <c>slug</c>, <c>name</c>, <c>folder</c>,
/// <c>description</c>: per event, inline; <c>group</c>, <c>owner</c>, <c>lint</c>, <c>freshness</c>: per event, a text
/// number; <c>props</c>: per event, a list number.
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
        var listPairs = new List<int[]>();
        var columns = new (int Group, int Owner, int Lint, int Freshness, int Props)[site.Events.Count];
        for (var i = 0; i < site.Events.Count; i++)
        {
            var e = site.Events[i];
            var list = e.Versions[0].Properties.Select(p => pairs.Id((texts.Id(p.Path), texts.Id(p.Description ?? "")))).ToArray();
            var listId = lists.Id(string.Join(',', list));
            if (listId == listPairs.Count)
            {
                listPairs.Add(list);
            }

            columns[i] = (texts.Id(e.Group), texts.Id(e.Owner ?? ""), texts.Id(e.LintStatus), texts.Id(e.Freshness), listId);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Writer))
        {
            json.WriteStartObject();
            Strings(json, "texts", texts.Items);
            Numbers(json, "pairs", pairs.Items.SelectMany(p => new[] { p.Path, p.Description }));
            json.WriteStartArray("lists");
            foreach (var list in listPairs)
            {
                Numbers(json, null, list);
            }

            json.WriteEndArray();
            Strings(json, "slug", site.Events.Select(e => e.Slug));
            Strings(json, "name", site.Events.Select(e => e.Name));
            Strings(json, "folder", site.Events.Select(e => e.Folder));
            Strings(json, "description", site.Events.Select(e => e.Description ?? ""));
            Numbers(json, "group", columns.Select(c => c.Group));
            Numbers(json, "owner", columns.Select(c => c.Owner));
            Numbers(json, "lint", columns.Select(c => c.Lint));
            Numbers(json, "freshness", columns.Select(c => c.Freshness));
            Numbers(json, "props", columns.Select(c => c.Props));
            json.WriteEndObject();
        }

        return "window.REFLEKT_INDEX = " + System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + ";\n";
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter json, string? name, IEnumerable<int> values)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

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
