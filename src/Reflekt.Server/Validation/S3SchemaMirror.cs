using System.Text;
using Reflekt.Registries;
using Reflekt.Registries.S3;

namespace Reflekt.Server.Validation;

/// <summary>
/// `reflekt serve --s3 s3://bucket/prefix`: pulls every schema under the prefix (the layout `reflekt push` to S3
/// writes, `prefix/{$id}`) into a local directory, which the server then serves like `--schemas DIR`.
/// </summary>
public static class S3SchemaMirror
{
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

    /// <summary>Replaces the contents of <paramref name="directory"/> with the schemas found in S3; returns how many.</summary>
    public static async Task<int> PullAsync(S3Settings settings, string directory, CancellationToken cancellationToken)
    {
        using var registry = new S3MirrorRegistry(settings);
        var pulled = await registry.PullAsync(new PullRequest("", ""), cancellationToken).ConfigureAwait(false);
        var staging = directory + ".pulling-" + Guid.NewGuid().ToString("N");
        foreach (var schema in pulled.Schemas)
        {
            if (!SchemaIds.IsSafe(schema.Id))
            {
                throw new ReflektException($"s3://{settings.Bucket}/{settings.Prefix}/{schema.Id}: not a schema id that can be served (a relative path ending in .json).");
            }
            var path = Path.Combine(staging, schema.Id);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, schema.RawText ?? schema.Document.ToJsonString(), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
        Directory.CreateDirectory(staging);
        // Swap the whole tree at once, so a failed pull leaves the previous mirror in place.
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
        Directory.Move(staging, directory);
        return pulled.Schemas.Count;
    }
}
