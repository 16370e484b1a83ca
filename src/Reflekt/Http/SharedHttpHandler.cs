using System.Net;

namespace Reflekt.Http;

/// <summary>
/// The one connection pool every remote call shares (registries, warehouse APIs, token endpoints), so sockets are
/// reused across clients and a DNS change is seen within <see cref="SocketsHttpHandler.PooledConnectionLifetime"/>.
/// </summary>
internal static class SharedHttpHandler
{
    public static SocketsHttpHandler Instance { get; } = new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
    };

    /// <summary>
    /// One client over the shared pool, with no timeout of its own: the per-attempt timeout of
    /// <see cref="ResilientHttpClient"/> bounds each send.
    /// </summary>
    public static HttpClient Client { get; } = new(Instance, disposeHandler: false)
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
