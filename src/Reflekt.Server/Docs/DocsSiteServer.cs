using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Reflekt.Codegen;
using Reflekt.Server.Hosting;

namespace Reflekt.Server.Docs;

/// <summary>
/// Serves a rendered docs site (<c>reflekt docs serve</c>) from memory. <see cref="Publish"/> swaps the whole site at
/// once, so a browser never sees half of one generation and half of the next, and nothing is written to disk.
/// </summary>
public sealed class DocsSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile Site _site;

    private readonly string _host;
    private readonly int _port;

    private DocsSiteServer(WebApplication app, Site site, string host, int port)
    {
        _app = app;
        _site = site;
        _host = host;
        _port = port;
    }

    /// <summary>The base URL, with the real port when 0 was asked for; valid after <see cref="StartAsync"/>.</summary>
    public Uri Address => _app.BoundAddress();

    /// <summary>How many times a site was published (1 after construction); shown in logs and used by tests.</summary>
    public int Generation => _site.Generation;

    /// <summary>A server for <paramref name="files"/> on <paramref name="host"/>:<paramref name="port"/>, not yet listening.</summary>
    public static DocsSiteServer Create(string host, int port, IReadOnlyList<GeneratedFile> files)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders(); // the command prints its own lines; request logs are noise here
        builder.WebHost.ConfigureKestrel(kestrel => ListenAddress.Configure(kestrel, host, port));
        var app = builder.Build();
        var server = new DocsSiteServer(app, Site.Of(files, 1), host, port);
        app.MapMethods("/{**path}", ["GET", "HEAD"], server.Serve);
        return server;
    }

    /// <exception cref="ReflektException">The address is in use.</exception>
    public Task StartAsync(CancellationToken cancellationToken) => ListenAddress.StartAsync(_app.StartAsync, _host, _port, cancellationToken);

    /// <summary>Replaces the served site; requests already answering keep the one they started with.</summary>
    public void Publish(IReadOnlyList<GeneratedFile> files) => _site = Site.Of(files, _site.Generation + 1);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private IResult Serve(HttpContext http, string? path)
    {
        var site = _site;
        var relative = string.IsNullOrEmpty(path) ? "index.html" : path.EndsWith('/') ? path + "index.html" : path;
        if (!site.Files.TryGetValue(relative, out var file))
        {
            return Results.NotFound();
        }

        // Regenerated pages must show on reload: revalidate every time, answer 304 when unchanged.
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch == file.ETag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.Headers.ETag = file.ETag;
        return Results.Bytes(file.Bytes, ContentType(relative));
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private sealed record ServedFile(byte[] Bytes, string ETag);

    private sealed record Site(IReadOnlyDictionary<string, ServedFile> Files, int Generation)
    {
        public static Site Of(IReadOnlyList<GeneratedFile> files, int generation) => new(
            files.ToDictionary(
                f => f.RelativePath,
                f =>
                {
                    var bytes = f.ToUtf8();
                    return new ServedFile(bytes, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
                },
                StringComparer.Ordinal),
            generation);
    }
}
