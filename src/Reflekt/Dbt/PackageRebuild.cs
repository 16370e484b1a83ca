namespace Reflekt.Dbt;

/// <summary>
/// How a build replaces the previous package, by its manifest: a generated file this build no longer produces is
/// removed when its schema was rebuilt or deleted (or it is the package's own, e.g. a source YAML moved by
/// <c>in_folder</c>); a file a person added or edited is never touched silently, and overwriting one is a conflict.
/// A package without a manifest (built before manifests) is merged as before: nothing pruned, nothing refused.
/// </summary>
internal sealed class PackageRebuild
{
    private readonly IReadOnlyDictionary<string, string> _previous;
    private readonly DbtManifest? _manifest;
    private readonly IReadOnlySet<string> _builtSchemas;
    private readonly IReadOnlySet<string>? _projectSchemas;

    public PackageRebuild(DbtPackage? previous, IReadOnlySet<string> builtSchemas, IReadOnlySet<string>? projectSchemas)
    {
        _previous = previous?.Files ?? new Dictionary<string, string>();
        _manifest = DbtManifest.Read(_previous);
        _builtSchemas = builtSchemas;
        _projectSchemas = projectSchemas;
    }

    /// <summary>Generated files of the previous package this build removed, sorted.</summary>
    public List<string> Removed { get; } = [];

    /// <summary>The previous files that stay unless this build writes them again: people's files, unselected schemas' files.</summary>
    public Dictionary<string, string> Survivors(IReadOnlySet<string> produced)
    {
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in _previous)
        {
            if (path == DbtManifest.Path)
            {
                continue;
            }

            if (!produced.Contains(path) && _manifest?.Files.GetValueOrDefault(path) is { } entry && IsStale(entry))
            {
                Removed.Add(path);
                continue;
            }

            kept[path] = text;
        }

        Removed.Sort(StringComparer.Ordinal);
        return kept;
    }

    /// <summary>
    /// Previous files a person changed (or added where Reflekt now writes) that this build would overwrite or
    /// remove, sorted: a rebuild refuses them unless forced.
    /// </summary>
    public List<string> Conflicts(IReadOnlyDictionary<string, string> written)
    {
        if (_manifest is null)
        {
            return [];
        }

        var conflicts = new List<string>();
        foreach (var (path, text) in _previous)
        {
            if (path == DbtManifest.Path || (written.TryGetValue(path, out var next) && next == text))
            {
                continue;
            }

            var generated = _manifest.Files.GetValueOrDefault(path);
            var touchedByBuild = written.ContainsKey(path) || Removed.Contains(path);
            var personal = generated is null || generated.Sha256 != DbtManifest.Hash(text);
            if (touchedByBuild && personal)
            {
                conflicts.Add(path);
            }
        }

        conflicts.Sort(StringComparer.Ordinal);
        return conflicts;
    }

    /// <summary>
    /// The new manifest: every file this build generated, plus the previous entries of generated files it kept
    /// (with their recorded hash, so an edit to a kept file is still recognised next time).
    /// </summary>
    public DbtManifest Manifest(IReadOnlyDictionary<string, (string Text, string? SchemaId)> generated, IReadOnlyDictionary<string, string> files)
    {
        var entries = new Dictionary<string, DbtManifestEntry>(StringComparer.Ordinal);
        if (_manifest is not null)
        {
            foreach (var (path, entry) in _manifest.Files)
            {
                if (files.ContainsKey(path))
                {
                    entries[path] = entry;
                }
            }
        }

        foreach (var (path, (text, schema)) in generated)
        {
            entries[path] = new DbtManifestEntry(DbtManifest.Hash(text), schema);
        }

        return new DbtManifest(entries);
    }

    // A generated file not produced again goes when its schema was rebuilt (its output changed, e.g. a docs folder
    // toggle), no longer exists in the project, or it belongs to the package itself; an unselected schema's stays.
    private bool IsStale(DbtManifestEntry entry) =>
        entry.SchemaId is not { } schema || _builtSchemas.Contains(schema) || _projectSchemas?.Contains(schema) == false;
}
