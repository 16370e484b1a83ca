using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Reflekt.Testing.StandIns;

namespace Reflekt.Server.Tests.Support;

/// <summary>
/// A web site on its own loopback port serving a few fixed files: the page a browser test opens, on an origin other
/// than the gateway's, so every call the page makes to the gateway is cross-origin (CORS, preflights) as in production.
/// </summary>
public static class PageServer
{
    /// <summary>Serves each file (URL path → file on disk) with its media type.</summary>
    public static Task<LoopbackServer> StartAsync(IReadOnlyDictionary<string, (string File, string MediaType)> files) =>
        LoopbackServer.StartAsync(app =>
        {
            foreach (var (path, (file, mediaType)) in files)
            {
                app.MapGet(path, () => Results.File(file, mediaType));
            }
        });
}
