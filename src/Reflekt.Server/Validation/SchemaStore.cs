using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reflekt.Diagnostics;
using Reflekt.Server.Options;
using Reflekt.Validation;

namespace Reflekt.Server.Validation;

/// <summary>
/// Owns the current <see cref="SchemaSnapshot"/>: loads the schemas directory, applies schema-API changes, and
/// reloads on file changes. Readers take <see cref="Current"/> once; writers build a new snapshot and swap it.
/// </summary>
internal sealed partial class SchemaStore
{
    private readonly string? _directory;
    private readonly FormatPolicy _formats;
    private readonly Reflekt.Json.Schema.JsonSchema _projectMetaSchema;
    private readonly ILogger<SchemaStore> _logger;
    private readonly Lock _writeLock = new();
    private volatile SchemaSnapshot _current = SchemaSnapshot.Empty;

    public SchemaStore(IOptions<SchemaOptions> options, ILogger<SchemaStore> logger)
    {
        _directory = options.Value.Directory is { Length: > 0 } directory ? Path.GetFullPath(directory) : null;
        _logger = logger;
        _formats = options.Value.Formats;
        if (_directory is not null && !System.IO.Directory.Exists(_directory))
        {
            throw new ReflektException($"{_directory}: the schemas directory does not exist.");
        }
        _projectMetaSchema = ProjectMetaSchemaOf(_directory);
        Reload();
    }

    public SchemaSnapshot Current => _current;

    public string? Directory => _directory;

    /// <summary>Re-reads the schemas directory. Unchanged files keep their compiled validator; a broken file keeps its last good version.</summary>
    public void Reload()
    {
        if (_directory is null)
        {
            return;
        }
        lock (_writeLock)
        {
            var previous = _current;
            var entries = new Dictionary<string, SchemaEntry>(StringComparer.Ordinal);
            foreach (var path in System.IO.Directory.EnumerateFiles(_directory, "*.json", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(_directory, path).Replace('\\', '/');
                if (relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal))
                {
                    continue; // schemas/.reflekt/ holds the project's meta-schema, not events.
                }
                string text;
                try
                {
                    text = File.ReadAllText(path, Encoding.UTF8);
                }
                catch (IOException exception)
                {
                    LogUnreadable(path, exception.Message);
                    continue;
                }
                var id = DeclaredId(text) ?? relative;
                if (previous.ById.TryGetValue(id, out var known) && known.Text == text)
                {
                    entries[id] = known;
                    continue;
                }
                var (entry, problems) = SchemaCompilation.Compile(id, text, _formats);
                if (entry is null)
                {
                    LogBroken(path, string.Join("; ", problems.Select(p => $"{p.Pointer}: {p.Message}")));
                    if (known is not null)
                    {
                        entries[id] = known;
                    }
                    continue;
                }
                entries[id] = entry;
            }
            _current = new SchemaSnapshot(entries.Values);
            LogLoaded(entries.Count, _directory);
        }
    }

    /// <summary>Adds or replaces a schema. Returns the problems when it fails its meta-schema or does not compile.</summary>
    public IReadOnlyList<Diagnostic> Put(string id, string text)
    {
        var (entry, problems) = SchemaCompilation.Compile(id, text, _formats);
        if (entry is null)
        {
            return problems;
        }
        // An upload becomes a file of the project, so it must pass what `reflekt lint` checks first (RK101).
        var planned = SchemaCompilation.CheckProjectMetaSchema(text, _projectMetaSchema);
        if (planned.Count > 0)
        {
            return planned;
        }
        lock (_writeLock)
        {
            if (_directory is not null)
            {
                WriteAtomically(Path.Combine(_directory, id), text);
            }
            _current = _current.With(entry);
        }
        return [];
    }

    /// <summary>Removes a schema; false when there was none with that id.</summary>
    public bool Delete(string id)
    {
        lock (_writeLock)
        {
            if (!_current.ById.ContainsKey(id))
            {
                return false;
            }
            if (_directory is not null)
            {
                var path = Path.Combine(_directory, id);
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
                RemoveEmptyFolders(Path.GetDirectoryName(path)!);
            }
            _current = _current.Without(id);
            return true;
        }
    }

    // A deleted schema's version folder (and its event folder, once its last version goes) would be left behind empty.
    private void RemoveEmptyFolders(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(_directory!);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal)
            && System.IO.Directory.Exists(folder) && !System.IO.Directory.EnumerateFileSystemEntries(folder).Any())
        {
            System.IO.Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    // The project's own meta-schema (schemas/.reflekt/meta/1-0.json) when it has one, else upstream's default: the one lint uses.
    private static Reflekt.Json.Schema.JsonSchema ProjectMetaSchemaOf(string? directory)
    {
        var path = directory is null ? null : Path.Combine(directory, ".reflekt", "meta", "1-0.json");
        if (path is null || !File.Exists(path))
        {
            return Reflekt.Linting.Rules.MetaSchemaRule.Compile(Reflekt.Linting.DefaultMetaSchema.Json);
        }
        try
        {
            return Reflekt.Linting.Rules.MetaSchemaRule.Compile(File.ReadAllText(path, Encoding.UTF8));
        }
        catch (Exception exception) when (exception is Reflekt.Json.Schema.InvalidSchemaException or JsonException or ArgumentException)
        {
            throw new ReflektException($"{path}: the project meta-schema is not a valid JSON Schema: {exception.Message}", exception);
        }
    }

    private static string? DeclaredId(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} schemas from {Directory}.")]
    private partial void LogLoaded(int count, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}: schema not loaded: {Problems}")]
    private partial void LogBroken(string path, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: could not be read: {Error}")]
    private partial void LogUnreadable(string path, string error);
}
