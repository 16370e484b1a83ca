using System.Text;
using System.Text.Json;

namespace Reflekt.Reflection.Storage;

/// <summary>Keeps one JSON file per (source, table) under a directory; writes are deterministic and atomic.</summary>
/// <remarks>
/// The CLI uses <c>.reflekt_cache/reflections/</c> of the project, the server its data directory. A write goes
/// to a temporary file beside the target and is renamed over it, so a reader never sees half a snapshot.
/// Concurrent writers of different tables never share a file; the same table is written by one worker.
/// </remarks>
public sealed class ReflectionStore
{
    /// <summary>The directory a project's CLI runs keep their snapshots in, relative to the project.</summary>
    public const string ProjectCacheDirectory = ".reflekt_cache/reflections";

    private readonly string _root;

    public ReflectionStore(string directory) => _root = Path.GetFullPath(directory);

    /// <summary>The directory holding the snapshots.</summary>
    public string Directory => _root;

    /// <summary>The snapshot of <paramref name="table"/> in <paramref name="source"/>, or null if never reflected.</summary>
    public async Task<ReflectionSnapshot?> LoadAsync(string source, string table, CancellationToken cancellationToken)
    {
        var path = PathOf(source, table);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<ReflectionSnapshot>(stream, SnapshotJson.Options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{path}:{(e.LineNumber ?? 0) + 1}: not a reflection snapshot: {e.Message}", e);
        }
    }

    /// <summary>Every stored snapshot, ordered by source then table.</summary>
    public async Task<IReadOnlyList<ReflectionSnapshot>> LoadAllAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(_root))
        {
            return [];
        }

        var result = new List<ReflectionSnapshot>();
        foreach (var sourceDir in System.IO.Directory.GetDirectories(_root).Order(StringComparer.Ordinal))
        {
            foreach (var file in System.IO.Directory.GetFiles(sourceDir, "*.json").Order(StringComparer.Ordinal))
            {
                await using var stream = File.OpenRead(file);
                var snapshot = await JsonSerializer.DeserializeAsync<ReflectionSnapshot>(stream, SnapshotJson.Options, cancellationToken)
                    .ConfigureAwait(false);
                if (snapshot is not null)
                {
                    result.Add(snapshot);
                }
            }
        }

        return result;
    }

    /// <summary>Writes <paramref name="snapshot"/> atomically (temp file + rename).</summary>
    public async Task SaveAsync(ReflectionSnapshot snapshot, CancellationToken cancellationToken)
    {
        var path = PathOf(snapshot.Source, snapshot.Table);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(Serialize(snapshot) + "\n");
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The JSON text of a snapshot exactly as stored.</summary>
    public static string Serialize(ReflectionSnapshot snapshot) => JsonSerializer.Serialize(snapshot, SnapshotJson.Options);

    private string PathOf(string source, string table) => Path.Combine(_root, Safe(source), Safe(table) + ".json");

    // Warehouse names are tame in practice, but a quoted identifier may hold a path separator.
    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }

        var safe = builder.ToString();
        return safe is "" or "." or ".." ? "_" + safe : safe;
    }
}
