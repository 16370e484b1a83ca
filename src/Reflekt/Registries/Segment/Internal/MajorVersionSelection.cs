using Reflekt.Schemas;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>
/// Segment stores integer MAJOR versions only, so of each event folder's MAJOR the highest MINOR is pushed;
/// the skipped ones are named in a note rather than silently sent as duplicates (upstream §9.2 item 8).
/// </summary>
internal static class MajorVersionSelection
{
    public static IReadOnlyList<RegistrySchema> HighestMinors(IReadOnlyList<RegistrySchema> schemas, List<string> notes)
    {
        var chosen = new List<RegistrySchema>();
        var versions = schemas.ToDictionary<RegistrySchema, RegistrySchema, SchemaVersion>(s => s, s => s.RequireVersion(), ReferenceEqualityComparer.Instance);
        var groups = schemas
            .GroupBy(s => (Folder: FolderOf(s.Id), versions[s].Major))
            .OrderBy(g => g.Key.Folder, StringComparer.Ordinal).ThenBy(g => g.Key.Major);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(s => versions[s].Minor).ToList();
            var top = ordered[^1];
            var topVersion = versions[top];
            chosen.Add(top);
            if (ordered.Count > 1 || topVersion.Minor != 0)
            {
                var skipped = ordered.Take(ordered.Count - 1).Select(s => versions[s].ToString()).ToList();
                notes.Add($"Segment keeps MAJOR versions only: pushing schemas/{top.Id} as version {topVersion.Major}"
                    + (skipped.Count > 0 ? $" (skipping {string.Join(", ", skipped)})." : "."));
            }
        }

        return chosen;
    }

    private static string FolderOf(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash < 0 ? "" : id[..slash];
    }
}
