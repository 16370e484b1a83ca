using System.Net;

namespace Reflekt.Registries.Internal;

/// <summary>The one connection pool every registry client shares, so sockets are reused and DNS changes are seen.</summary>
internal static class SharedHttpHandler
{
    public static SocketsHttpHandler Instance { get; } = new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
    };

    public static HttpClient CreateClient() => new(Instance, disposeHandler: false)
    {
        // Per-attempt timeouts are enforced by RegistryHttpClient with a linked token.
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
