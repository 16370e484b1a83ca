namespace Reflekt.Linting;

/// <summary>What a rule may know beyond its own file: project settings and the other schemas of the run.</summary>
public sealed class LintContext
{
    private readonly Dictionary<string, List<LintedSchema>> _byEventFolder;

    internal LintContext(LintOptions settings, IReadOnlyList<LintedSchema> schemas)
    {
        Settings = settings;
        _byEventFolder = schemas
            .Where(s => s.FileVersion is not null)
            .GroupBy(s => s.EventFolder, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.FileVersion!.Value).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The project's conventions and rule overrides.</summary>
    public LintOptions Settings { get; }

    /// <summary>The highest MAJOR among the files of the schema's event (at least the schema's own).</summary>
    public int HighestMajor(LintedSchema schema) =>
        _byEventFolder.TryGetValue(schema.EventFolder, out var versions)
            ? Math.Max(versions[^1].FileVersion!.Value.Major, schema.FileVersion?.Major ?? 0)
            : schema.FileVersion?.Major ?? 0;

    /// <summary>The file of the same event with the highest version below this one's, if any.</summary>
    public LintedSchema? PreviousVersion(LintedSchema schema)
    {
        if (schema.FileVersion is not { } version || !_byEventFolder.TryGetValue(schema.EventFolder, out var versions))
        {
            return null;
        }
        LintedSchema? previous = null;
        foreach (var candidate in versions)
        {
            if (candidate.FileVersion!.Value.CompareTo(version) >= 0)
            {
                break;
            }
            previous = candidate;
        }
        return previous;
    }
}
