using System.Text;
using Microsoft.AspNetCore.Builder;
using Reflekt.Server;

namespace Reflekt.Cli.Tests.Commands.Violations;

/// <summary>
/// A real in-process registry server over a project's schemas, with an admin token, that has seen some events: what
/// `reflekt violations` and `docs generate --registry-url` read. Nothing listens downstream; events wait in the spool.
/// </summary>
internal sealed class CountingRegistryServer : IAsyncDisposable
{
    public const string Token = "admin-token";

    private readonly WebApplication _app;

    private CountingRegistryServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The base URL, without a trailing slash.</summary>
    public string Url { get; }

    public static async Task<CountingRegistryServer> StartAsync(string schemasDirectory, string spoolDirectory)
    {
        var app = ReflektServer.Build(new ReflektServerSettings
        {
            Port = 0,
            WriteKey = "k",
            ValidWriteKey = "v",
            InvalidWriteKey = "i",
            AdminToken = Token,
            SegmentApiHost = "http://127.0.0.1:9",
            SpoolDirectory = spoolDirectory,
            SchemasDirectory = schemasDirectory,
            Configuration = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "None" },
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new CountingRegistryServer(app, app.BoundAddress().ToString().TrimEnd('/'));
    }

    /// <summary>Sends <paramref name="times"/> copies of one call (its body carries the write key) to <paramref name="path"/>.</summary>
    public async Task SendAsync(string path, string body, int times)
    {
        using var http = new HttpClient();
        for (var i = 0; i < times; i++)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            (await http.PostAsync(Url + path, content, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(TestContext.Current.CancellationToken);
        await _app.DisposeAsync();
    }
}
