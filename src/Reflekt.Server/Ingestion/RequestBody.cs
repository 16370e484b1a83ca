using System.IO.Compression;
using Microsoft.AspNetCore.Http;

namespace Reflekt.Server.Ingestion;

/// <summary>Reads a request body up to a byte limit (after gzip, when the SDK compressed it); null when it is larger.</summary>
internal static class RequestBody
{
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit && !IsGzip(request))
        {
            return null;
        }
        var source = IsGzip(request) ? new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true) : request.Body;
        try
        {
            var buffer = new byte[Math.Min(limit + 1, (int)(request.ContentLength ?? 16 * 1024) + 1)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > limit)
                    {
                        return null;
                    }
                    Array.Resize(ref buffer, Math.Min(limit + 1, buffer.Length * 2));
                }
                var read = await source.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            return length > limit ? null : buffer.AsMemory(0, length);
        }
        finally
        {
            if (!ReferenceEquals(source, request.Body))
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public static bool IsGzip(HttpRequest request) =>
        request.Headers.ContentEncoding.Any(e => string.Equals(e, "gzip", StringComparison.OrdinalIgnoreCase));
}
