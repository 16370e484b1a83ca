using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reflekt.Server.Tests.Support;

/// <summary>
/// A web site on its own loopback port serving a few fixed files: the page a browser test opens, on an origin other
/// than the gateway's, so every call the page makes to the gateway is cross-origin (CORS, preflights) as in production.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Serves each file (URL path → file on disk) with its media type.</summary>
    public static async Task<PageServer> StartAsync(IReadOnlyDictionary<string, (string File, string MediaType)> files)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort.Next();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        foreach (var (path, (file, mediaType)) in files)
        {
            app.MapGet(path, () => Results.File(file, mediaType));
        }
        await app.StartAsync();
        return new PageServer(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
