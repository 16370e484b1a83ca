using System.Runtime.ExceptionServices;

namespace Reflekt.Schemas;

/// <summary>
/// Every event schema under a project's <c>schemas/</c> folder (except <c>schemas/.reflekt/</c>), read and
/// parsed once, in ordinal path order. Files that are not JSON are kept with their parse error.
/// </summary>
public sealed class SchemaCatalog
{
    /// <summary>The folder, under <c>schemas/</c>, that holds Reflekt's own files (the meta-schema).</summary>
    public const string ReflektFolder = ".reflekt";

    /// <summary>Path of the default meta-schema relative to <c>schemas/</c>.</summary>
    public const string MetaSchemaPath = ".reflekt/meta/1-0.json";

    private readonly Dictionary<string, EventSchemaFile> _byPath;

    private SchemaCatalog(string schemasDirectory, IReadOnlyList<EventSchemaFile> schemas, EventSchemaFile? metaSchema)
    {
        SchemasDirectory = schemasDirectory;
        Schemas = schemas;
        MetaSchema = metaSchema;
        _byPath = schemas.ToDictionary(s => s.RelativePath, StringComparer.Ordinal);
    }

    /// <summary>Absolute path of the <c>schemas/</c> folder.</summary>
    public string SchemasDirectory { get; }

    /// <summary>All event schemas, sorted by <see cref="EventSchemaFile.RelativePath"/> (ordinal).</summary>
    public IReadOnlyList<EventSchemaFile> Schemas { get; }

    /// <summary><c>schemas/.reflekt/meta/1-0.json</c>, when the project has one.</summary>
    public EventSchemaFile? MetaSchema { get; }

    /// <summary>Loads every <c>*.json</c> under <paramref name="schemasDirectory"/>; a missing folder gives an empty catalog.</summary>
    public static SchemaCatalog Load(string schemasDirectory)
    {
        var root = Path.GetFullPath(schemasDirectory);
        if (!Directory.Exists(root))
        {
            return new SchemaCatalog(root, [], null);
        }

        var reflektFolder = Path.Combine(root, ReflektFolder) + Path.DirectorySeparatorChar;
        var paths = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(reflektFolder, StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(root, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToArray();

        // Reading and parsing dominate on large plans; files are independent, the order is kept.
        var schemas = new EventSchemaFile[paths.Length];
        try
        {
            Parallel.For(0, paths.Length, i => schemas[i] = EventSchemaFile.Load(paths[i].Full, paths[i].Relative));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ReflektException>().FirstOrDefault() is { } unreadable)
        {
            // An unreadable file is bad input (exit 2, named), not an internal error wrapped by the loop.
            ExceptionDispatchInfo.Throw(unreadable);
        }

        var metaPath = Path.Combine(root, MetaSchemaPath);
        var meta = File.Exists(metaPath) ? EventSchemaFile.Load(metaPath, MetaSchemaPath) : null;
        return new SchemaCatalog(root, schemas, meta);
    }

    /// <summary>Builds a catalog from files already in memory (tests, the server's pushed schemas).</summary>
    public static SchemaCatalog FromFiles(string schemasDirectory, IEnumerable<EventSchemaFile> schemas, EventSchemaFile? metaSchema = null) =>
        new(Path.GetFullPath(schemasDirectory), schemas.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToArray(), metaSchema);

    /// <summary>The schema at a path under <c>schemas/</c> (its id), or null.</summary>
    public EventSchemaFile? Find(string relativePath) =>
        _byPath.GetValueOrDefault(relativePath.Replace('\\', '/'));

    /// <summary>
    /// Resolves <c>--select</c> / <c>--exclude</c>: each value is a schema file or a folder under <c>schemas/</c>.
    /// The result is sorted and free of duplicates.
    /// </summary>
    /// <exception cref="ReflektException">A value matches neither a schema nor a folder.</exception>
    public IReadOnlyList<EventSchemaFile> Select(SchemaSelection selection)
    {
        IEnumerable<EventSchemaFile> chosen = selection.Select.Count == 0
            ? Schemas
            : selection.Select.SelectMany(s => Match(s, "--select")).Distinct();

        var excluded = selection.Exclude.SelectMany(s => Match(s, "--exclude")).ToHashSet();
        return chosen.Where(s => !excluded.Contains(s))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .ToArray();
    }

    private IEnumerable<EventSchemaFile> Match(string value, string option)
    {
        var path = SchemaSelection.Normalize(UnderSchemas(value, option));
        if (path.Length == 0)
        {
            return Schemas;
        }

        if (_byPath.TryGetValue(path + ".json", out var single))
        {
            return [single];
        }

        // A folder counts only when it holds schemas: an empty or misspelled one must not pass as "nothing to check".
        var folder = path + "/";
        var inFolder = Schemas.Where(s => s.RelativePath.StartsWith(folder, StringComparison.Ordinal)).ToArray();
        if (inFolder.Length > 0)
        {
            return inFolder;
        }

        var what = Directory.Exists(Path.Combine(SchemasDirectory, path)) && !IsReflektFolder(path) ? $"the folder {path}/ holds none" : $"looked for {path}.json and {path}/";
        throw new ReflektException($"{option} '{value}' matches no schema file or folder under {SchemasDirectory} ({what})");
    }

    // An absolute path (a shell completion, an editor's "copy path") is taken relative to schemas/.
    private string UnderSchemas(string value, string option)
    {
        if (!Path.IsPathFullyQualified(value))
        {
            return value;
        }

        var relative = Path.GetRelativePath(SchemasDirectory, Path.GetFullPath(value));
        if (relative == ".")
        {
            return "";
        }

        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative)
            ? throw new ReflektException($"{option} '{value}' is outside the project's schemas folder {SchemasDirectory}")
            : relative;
    }

    private static bool IsReflektFolder(string path) =>
        path == ReflektFolder || path.StartsWith(ReflektFolder + "/", StringComparison.Ordinal);
}
