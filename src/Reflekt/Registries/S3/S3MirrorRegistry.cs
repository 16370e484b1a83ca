using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Reflekt.Http;

namespace Reflekt.Registries.S3;

/// <summary>
/// Mirrors the <c>schemas/</c> tree to <c>s3://bucket/prefix/&lt;$id&gt;</c>: push uploads new and changed files
/// byte for byte (unchanged ones are skipped by MD5), <c>--delete</c> removes the selected keys, pull reads them back.
/// </summary>
public sealed class S3MirrorRegistry : ISchemaRegistry, IDisposable
{
    private readonly S3Settings _settings;
    private readonly AmazonS3Client _client;

    public S3MirrorRegistry(S3Settings settings, ResilientHttpOptions? options = null)
    {
        _settings = settings;
        var http = options ?? ResilientHttpOptions.Default;
        var config = new AmazonS3Config
        {
            MaxErrorRetry = http.MaxRetries,
            Timeout = http.AttemptTimeout,
            // Plain Content-MD5-free uploads: S3-compatible stores do not all speak the newer flexible checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (settings.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = settings.Region;
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region);
        }

        _client = settings.AccessKeyId is { } key
            ? new AmazonS3Client(settings.SessionToken is { } token
                ? new SessionAWSCredentials(key, settings.SecretAccessKey ?? "", token)
                : new BasicAWSCredentials(key, settings.SecretAccessKey ?? ""), config)
            : new AmazonS3Client(config);
    }

    public string Type => "s3";

    public async Task<PushResult> PushAsync(PushRequest request, CancellationToken cancellationToken)
    {
        if (request.Schemas.Count == 0)
        {
            throw new ReflektException($"No schemas found in Reflekt project for: '--select {request.Select}'.");
        }

        var remote = await ListAsync(KeyPrefixFor(request.Select), cancellationToken).ConfigureAwait(false);
        var changes = new List<RegistryChange>();
        var notes = new List<string>();
        foreach (var schema in request.Schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var key = KeyOf(schema.Id);
            var uri = $"s3://{_settings.Bucket}/{key}";
            if (request.Delete)
            {
                if (remote.ContainsKey(key))
                {
                    changes.Add(new RegistryChange(ChangeKind.Remove, uri));
                }
                else
                {
                    notes.Add($"{uri} does not exist; nothing to delete.");
                }

                continue;
            }

            var bytes = Bytes(schema);
            var kind = !remote.TryGetValue(key, out var etag) ? ChangeKind.Add
                : string.Equals(etag.Trim('"'), Md5Hex(bytes), StringComparison.OrdinalIgnoreCase) ? ChangeKind.Unchanged
                : ChangeKind.Change;
            changes.Add(new RegistryChange(kind, uri));
            if (!request.DryRun && kind != ChangeKind.Unchanged)
            {
                await CallAsync("PUT", uri, () => _client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = _settings.Bucket,
                    Key = key,
                    InputStream = new MemoryStream(bytes),
                    ContentType = "application/json",
                    MD5Digest = Convert.ToBase64String(MD5.HashData(bytes)),
                }, cancellationToken)).ConfigureAwait(false);
            }
        }

        if (request.Delete && !request.DryRun)
        {
            foreach (var batch in changes.Select(c => KeyFromUri(c.Target)).Chunk(1000))
            {
                var response = await CallAsync("DELETE", $"s3://{_settings.Bucket}/{KeyPrefixFor(request.Select)}", () => _client.DeleteObjectsAsync(new DeleteObjectsRequest
                {
                    BucketName = _settings.Bucket,
                    Objects = batch.Select(k => new KeyVersion { Key = k }).ToList(),
                }, cancellationToken)).ConfigureAwait(false);
                if (response.DeleteErrors is { Count: > 0 } errors)
                {
                    var e = errors[0];
                    throw new ReflektException($"S3 refused to delete s3://{_settings.Bucket}/{e.Key}: {e.Code} {e.Message}");
                }
            }
        }

        return new PushResult(changes, notes) { DryRun = request.DryRun };
    }

    public async Task<IReadOnlyList<HeldSchema>> ReadHeldAsync(PushRequest request, CancellationToken cancellationToken)
    {
        var remote = await ListAsync(KeyPrefixFor(request.Select), cancellationToken).ConfigureAwait(false);
        var ids = remote.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)).Select(IdOf).ToList();
        var held = new List<HeldSchema>();
        foreach (var schema in request.Schemas.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var uri = $"s3://{_settings.Bucket}/{KeyOf(schema.Id)}";
            JsonObject? current = null;
            if (SameMajorVersion.Pick(schema.Id, ids) is { } id)
            {
                // The same bytes are the same schema: no need to read them back.
                current = id == schema.Id && string.Equals(remote[KeyOf(id)].Trim('"'), Md5Hex(Bytes(schema)), StringComparison.OrdinalIgnoreCase)
                    ? schema.Document
                    : ParseObject($"s3://{_settings.Bucket}/{KeyOf(id)}", await ReadSchemaTextAsync(id, cancellationToken).ConfigureAwait(false));
            }

            held.Add(new HeldSchema(uri, schema.Document, current));
        }

        return held;
    }

    public async Task<PullResult> PullAsync(PullRequest request, CancellationToken cancellationToken)
    {
        var select = request.Select.Trim().Trim('/');
        var keyPrefix = KeyPrefixFor(select);
        var keys = (await ListAsync(keyPrefix, cancellationToken).ConfigureAwait(false)).Keys
            .Where(k => k.EndsWith(".json", StringComparison.Ordinal))
            .Where(k => select.Length == 0 || k == KeyOf(select) || k == KeyOf(select + ".json") || k.StartsWith(KeyOf(select) + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            throw new ReflektException($"No schemas found under s3://{_settings.Bucket}/{keyPrefix} for --select '{request.Select}'.");
        }

        var schemas = new List<RegistrySchema>();
        foreach (var key in keys)
        {
            var uri = $"s3://{_settings.Bucket}/{key}";
            var text = await ReadSchemaTextAsync(IdOf(key), cancellationToken).ConfigureAwait(false);
            var document = ParseObject(uri, text);
            schemas.Add(new RegistrySchema(IdOf(key), document) { RawText = text });
        }

        return new PullResult(schemas, []);
    }

    /// <summary>Every schema under the prefix (keys ending in <c>.json</c>) with its ETag, which changes whenever the object does.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ListSchemasAsync(CancellationToken cancellationToken) =>
        (await ListAsync(Prefix, cancellationToken).ConfigureAwait(false))
            .Where(o => o.Key.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(o => IdOf(o.Key), o => o.Value, StringComparer.Ordinal);

    /// <summary>The text of one schema, by id (its key under the prefix).</summary>
    public async Task<string> ReadSchemaTextAsync(string id, CancellationToken cancellationToken)
    {
        var key = KeyOf(id);
        using var response = await CallAsync("GET", $"s3://{_settings.Bucket}/{key}", () => _client.GetObjectAsync(_settings.Bucket, key, cancellationToken)).ConfigureAwait(false);
        using var reader = new StreamReader(response.ResponseStream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task CheckAsync(CancellationToken cancellationToken) =>
        CallAsync("LIST", $"s3://{_settings.Bucket}/{Prefix}", () => _client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = _settings.Bucket,
            Prefix = Prefix,
            MaxKeys = 1,
        }, cancellationToken));

    public void Dispose() => _client.Dispose();

    private string Prefix => _settings.Prefix.Trim('/').Length == 0 ? "" : _settings.Prefix.Trim('/') + "/";

    private string KeyOf(string id) => Prefix + id;

    private string IdOf(string key) => key[Prefix.Length..];

    private string KeyFromUri(string uri) => uri[$"s3://{_settings.Bucket}/".Length..];

    // Lists under the select's parent folder, so "jaffle_shop/Order_Completed/1-0" also finds "…/1-0.json".
    private string KeyPrefixFor(string select)
    {
        var trimmed = select.Trim().Trim('/');
        var slash = trimmed.LastIndexOf('/');
        return Prefix + (slash < 0 ? (trimmed.Length == 0 ? "" : trimmed) : trimmed[..slash]);
    }

    private async Task<Dictionary<string, string>> ListAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var request = new ListObjectsV2Request { BucketName = _settings.Bucket, Prefix = keyPrefix };
        while (true)
        {
            var page = await CallAsync("LIST", $"s3://{_settings.Bucket}/{keyPrefix}", () => _client.ListObjectsV2Async(request, cancellationToken)).ConfigureAwait(false);
            foreach (var o in page.S3Objects ?? [])
            {
                result[o.Key] = o.ETag ?? "";
            }

            if (page.IsTruncated != true)
            {
                return result;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private static JsonObject ParseObject(string uri, string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ReflektException($"{uri} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new ReflektException($"{uri} is not valid JSON: {e.Message}", e);
        }
    }

    private static byte[] Bytes(RegistrySchema schema) =>
        new UTF8Encoding(false).GetBytes(schema.RawText ?? PulledSchemaWriter.Render(schema.Document));

    private static string Md5Hex(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    private static async Task<T> CallAsync<T>(string verb, string uri, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonS3Exception e)
        {
            var status = e.StatusCode == 0 ? "" : $"{(int)e.StatusCode} ";
            throw new ReflektException($"S3 returned {status}{e.ErrorCode} for {verb} {uri}: {e.Message}", e)
            {
                IsTransient = e.StatusCode is HttpStatusCode.TooManyRequests || (int)e.StatusCode >= 500,
            };
        }
        catch (AmazonServiceException e)
        {
            throw new ReflektException($"S3: cannot {verb} {uri}: {e.Message}", e) { IsTransient = true };
        }
        catch (AmazonClientException e)
        {
            throw new ReflektException($"S3: cannot {verb} {uri}: {e.Message}", e);
        }
        catch (HttpRequestException e)
        {
            throw new ReflektException($"S3: cannot reach the endpoint for {verb} {uri}: {e.Message}", e) { IsTransient = true };
        }
    }
}
