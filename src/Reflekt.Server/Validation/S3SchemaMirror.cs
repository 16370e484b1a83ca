using System.Text;
using Reflekt.Registries.S3;

namespace Reflekt.Server.Validation;

/// <summary>
/// `reflekt serve --s3 s3://bucket/prefix`: keeps a local directory equal to the schemas under the prefix (the
/// layout `reflekt push` to S3 writes, `prefix/{$id}`), which the server serves like `--schemas DIR` and reloads
/// when files change. <see cref="PullAsync"/> fills it at start; <see cref="SyncAsync"/> then fetches only what
/// S3 says changed (by ETag) and removes what was deleted there.
/// </summary>
public sealed class S3SchemaMirror : IDisposable
{
    private readonly S3MirrorRegistry _registry;
    private readonly S3Settings _settings;

    // The ETag of every schema as last written to the directory; what SyncAsync compares S3's listing with.
    private Dictionary<string, string> _mirrored = new(StringComparer.Ordinal);

    // Ids that cannot be paths, with the ETag they were reported at, so each is reported once, not every sync.
    private readonly Dictionary<string, string> _refused = new(StringComparer.Ordinal);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public S3SchemaMirror(S3Settings settings, string directory)
    {
        _settings = settings;
        _registry = new S3MirrorRegistry(settings);
        LocalDirectory = directory;
    }

    /// <summary>The local directory the schemas are mirrored into.</summary>
    public string LocalDirectory { get; }

    /// <summary>`s3://bucket/prefix`, for messages.</summary>
    public string Source => $"s3://{_settings.Bucket}/{_settings.Prefix}";

    /// <summary>Parses `s3://bucket[/prefix]` (prefix defaults to `schemas`).</summary>
    public static S3Settings Parse(string uri, Uri? endpoint, string region, string? accessKeyId, string? secretAccessKey, string? sessionToken)
    {
        if (!uri.StartsWith("s3://", StringComparison.Ordinal) || uri.Length <= 5)
        {
            throw new ReflektException($"--s3 \"{uri}\" is not an s3://bucket[/prefix] URL.");
        }
        var rest = uri[5..].Trim('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return new S3Settings(slash < 0 ? rest : rest[..slash])
        {
            Prefix = slash < 0 ? "schemas" : rest[(slash + 1)..],
            EndpointUrl = endpoint,
            Region = region,
            AccessKeyId = accessKeyId,
            SecretAccessKey = secretAccessKey,
            SessionToken = sessionToken,
        };
    }

    /// <summary>Replaces the contents of <see cref="LocalDirectory"/> with the schemas found in S3; returns how many.</summary>
    /// <exception cref="ReflektException">S3 cannot be read, holds no schema, or holds an id that cannot be a path.</exception>
    public async Task<int> PullAsync(CancellationToken cancellationToken)
    {
        var listing = await _registry.ListSchemasAsync(cancellationToken).ConfigureAwait(false);
        if (listing.Count == 0)
        {
            throw new ReflektException($"No schemas found under {Source}.");
        }
        var staging = LocalDirectory + ".pulling-" + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var id in listing.Keys.Order(StringComparer.Ordinal))
            {
                var text = await _registry.ReadSchemaTextAsync(RequireSafe(id), cancellationToken).ConfigureAwait(false);
                var path = Path.Combine(staging, id);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, text, Utf8, cancellationToken).ConfigureAwait(false);
            }
            // Swap the whole tree at once, so a failed pull leaves the previous mirror in place.
            if (Directory.Exists(LocalDirectory))
            {
                Directory.Delete(LocalDirectory, recursive: true);
            }
            Directory.Move(staging, LocalDirectory);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        _mirrored = new Dictionary<string, string>(listing, StringComparer.Ordinal);
        return listing.Count;
    }

    /// <summary>
    /// Brings the directory up to date with S3: downloads schemas that are new or whose ETag changed, each written
    /// to a temporary file and renamed over the old one (a reload never reads half a file), and deletes the files of
    /// schemas deleted in S3. Files S3 never had (e.g. PUT through the schema API) are left alone.
    /// </summary>
    /// <exception cref="ReflektException">S3 cannot be read; what was synced before the failure stays synced.</exception>
    public async Task<MirrorChanges> SyncAsync(CancellationToken cancellationToken)
    {
        var listing = await _registry.ListSchemasAsync(cancellationToken).ConfigureAwait(false);
        var written = new List<string>();
        var skipped = new List<string>();
        foreach (var (id, etag) in listing.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (_mirrored.TryGetValue(id, out var known) && known == etag)
            {
                continue;
            }
            if (!SchemaIds.IsSafe(id))
            {
                if (!_refused.TryGetValue(id, out var reported) || reported != etag)
                {
                    _refused[id] = etag;
                    skipped.Add(id);
                }
                continue;
            }
            var text = await _registry.ReadSchemaTextAsync(id, cancellationToken).ConfigureAwait(false);
            await ReplaceAsync(Path.Combine(LocalDirectory, id), text, cancellationToken).ConfigureAwait(false);
            _mirrored[id] = etag;
            written.Add(id);
        }
        var removed = new List<string>();
        foreach (var id in _mirrored.Keys.Where(id => !listing.ContainsKey(id)).Order(StringComparer.Ordinal).ToList())
        {
            File.Delete(Path.Combine(LocalDirectory, id));
            _mirrored.Remove(id);
            removed.Add(id);
        }
        return new MirrorChanges(written, removed, skipped);
    }

    public void Dispose() => _registry.Dispose();

    private string RequireSafe(string id) => SchemaIds.IsSafe(id)
        ? id
        : throw new ReflektException($"{Source}/{id}: not a schema id that can be served (a relative path ending in .json).");

    private static async Task ReplaceAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Not *.json, so neither the store nor the watcher's poll takes the half-written file for a schema.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
