using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Reflekt.Server;
using Reflekt.Server.Options;

namespace Reflekt.Server.Tests.Support;

/// <summary>The real registry server (Kestrel, free loopback port) forwarding to a <see cref="SegmentTrackingApiStandIn"/>.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string WriteKey = "registry-key";
    public const string ValidKey = "valid-key";
    public const string InvalidKey = "invalid-key";
    public const string AdminToken = "admin-token";

    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    /// <summary>A client without credentials; use <see cref="Authorized"/> or the body's writeKey.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static ReflektServerSettings Settings(SegmentTrackingApiStandIn standIn, string spoolDirectory, string? schemasDirectory = null,
        MissingSchemaPolicy policy = MissingSchemaPolicy.ForwardInvalid) => new()
        {
            Host = "127.0.0.1",
            Port = 0,
            WriteKey = WriteKey,
            ValidWriteKey = ValidKey,
            InvalidWriteKey = InvalidKey,
            AdminToken = AdminToken,
            SegmentApiHost = standIn.BaseAddress.ToString(),
            SpoolDirectory = spoolDirectory,
            SchemasDirectory = schemasDirectory,
            MissingSchemaPolicy = policy,
            Configuration = new Dictionary<string, string?>
            {
                // Short backoff so fault tests recover quickly; the policy itself is the production one.
                ["Forwarding:InitialBackoff"] = "00:00:00.050",
                ["Forwarding:MaxBackoff"] = "00:00:00.500",
                ["Forwarding:Linger"] = "00:00:00.020",
                ["Logging:LogLevel:Default"] = "Warning",
            },
        };

    public static async Task<RunningServer> StartAsync(ReflektServerSettings settings)
    {
        var app = ReflektServer.Build(settings);
        await app.StartAsync();
        return new RunningServer(app, app.BoundAddress());
    }

    public static HttpRequestMessage Post(string path, string json, string? writeKey = WriteKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (writeKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
        }
        return request;
    }

    public Task<HttpResponseMessage> PostAsync(string path, string json, string? writeKey = WriteKey) =>
        Http.SendAsync(Post(path, json, writeKey));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
