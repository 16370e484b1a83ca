using Reflekt.Schemas;

namespace Reflekt.Registries;

/// <summary>
/// Which of a registry's schema ids a pushed schema is checked against: the same event folder and MAJOR, the same
/// MINOR when held, else the highest lower MINOR (a new MINOR must stay compatible with the ones before it).
/// </summary>
public static class SameMajorVersion
{
    /// <summary>The id among <paramref name="heldIds"/> to compare <paramref name="id"/> with; null when none qualifies.</summary>
    public static string? Pick(string id, IEnumerable<string> heldIds)
    {
        if (SchemaVersion.FromFileName(id) is not { } version)
        {
            return heldIds.Contains(id, StringComparer.Ordinal) ? id : null;
        }

        var folder = FolderOf(id);
        string? best = null;
        var bestMinor = -1;
        foreach (var held in heldIds)
        {
            if (FolderOf(held) == folder
                && SchemaVersion.FromFileName(held) is { } heldVersion
                && heldVersion.Major == version.Major
                && heldVersion.Minor <= version.Minor
                && heldVersion.Minor > bestMinor)
            {
                best = held;
                bestMinor = heldVersion.Minor;
            }
        }

        return best;
    }

    private static string FolderOf(string id) => id.LastIndexOf('/') is var slash and >= 0 ? id[..slash] : "";
}
