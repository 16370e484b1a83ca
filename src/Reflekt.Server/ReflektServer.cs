using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reflekt.Server.Endpoints;
using Reflekt.Server.Hosting;
using Reflekt.Server.Reflection;

namespace Reflekt.Server;

/// <summary>Builds the registry server app, for `reflekt serve` and for tests. The table of contents of the server.</summary>
public static class ReflektServer
{
    // Above Segment's 500 KB batch limit, so an oversize body gets Segment's 400 from us, not Kestrel's 413.
    private const long MaxRequestBodyBytes = 8 * 1024 * 1024;

    public static WebApplication Build(ReflektServerSettings settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var configuration = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings.ToConfiguration())
        {
            configuration[key] = value; // later pairs (the settings' own overrides) win
        }
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            ListenAddress.Configure(kestrel, settings.Host, settings.Port);
        });
        // Logs go to stderr: stdout of `reflekt serve` carries only its own "listening on" line.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddReflektServer();
        if (settings.ReflectionSource is { } reflectionSource)
        {
            builder.Services.AddSingleton(reflectionSource);
        }

        if (settings.SchemaMirror is { } mirror)
        {
            builder.Services.AddSchemaMirror(mirror, settings.SchemaMirrorRefresh);
        }

        var app = builder.Build();
        app.UseCors(); // only endpoints that ask for it (the tracking ones) get CORS answers
        app.MapTrackingEndpoints();
        app.MapSchemaEndpoints();
        app.MapViolationEndpoints();
        app.MapHealthEndpoints();
        app.MapReflectionEndpoints();
        return app;
    }

    /// <summary>The base URL the started app listens on (with the real port when 0 was asked for).</summary>
    public static Uri BoundAddress(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }
}
