using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reflekt.Server.Endpoints;
using Reflekt.Server.Forwarding;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Metrics;
using Reflekt.Server.Options;
using Reflekt.Server.Reflection;
using Reflekt.Server.Spool;
using Reflekt.Server.Validation;
using Reflekt.Server.Violations;

namespace Reflekt.Server;

/// <summary>Registers the registry server's parts: options, schema store, spool, ingestion, forwarder.</summary>
public static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddReflektServer(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.WriteKey.Length > 0, "REGISTRY_WRITE_KEY is required.")
            .Validate(o => IsOrigins(o.CorsOrigins), "--cors-origins must be * or a comma-separated list of origins.")
            .ValidateOnStart();
        services.AddOptions<ForwardingOptions>().BindConfiguration(ForwardingOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.ValidWriteKey.Length > 0, "SEGMENT_WRITE_KEY_VALID is required.")
            .Validate(o => o.InvalidWriteKey.Length > 0, "SEGMENT_WRITE_KEY_INVALID is required.")
            .Validate(o => Uri.TryCreate(o.ApiHost, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "SEGMENT_API_HOST must be an http(s) URL.")
            .ValidateOnStart();
        services.AddOptions<SpoolOptions>().BindConfiguration(SpoolOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchemaOptions>().BindConfiguration(SchemaOptions.Section);
        services.AddOptions<ViolationOptions>().BindConfiguration(ViolationOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServerMetrics>();
        services.AddSingleton<SchemaStore>();
        services.AddSingleton<EventRouter>();
        services.AddSingleton<ViolationCounter>();
        services.AddHostedService<ViolationFlusher>();
        services.AddSingleton(sp =>
        {
            var spool = sp.GetRequiredService<IOptions<SpoolOptions>>().Value;
            return DurableSpool.Open(Path.GetFullPath(spool.Directory), spool.SegmentBytes, spool.MaxBytes);
        });
        services.AddSingleton<TrackingIngestion>();
        services.AddHttpClient<SegmentBatchClient>();
        services.AddSingleton<SpoolForwarder>();
        services.AddHostedService(sp => sp.GetRequiredService<SpoolForwarder>());
        services.AddHostedService<SchemaDirectoryWatcher>();
        services.AddTrackingCors();
        services.AddReflection();
        return services;
    }

    private static bool IsOrigins(string text)
    {
        try
        {
            CorsOrigins.Parse(text);
            return true;
        }
        catch (ReflektException)
        {
            return false;
        }
    }

    /// <summary>Keeps an S3 mirror (already pulled into the schemas directory) up to date while serving.</summary>
    public static IServiceCollection AddSchemaMirror(this IServiceCollection services, S3SchemaMirror mirror, TimeSpan refresh)
    {
        // Registered as an instance, so the container leaves disposing it (and its S3 client) to its owner.
        services.AddSingleton(mirror);
        services.AddSingleton(new S3RefreshOptions(refresh));
        services.AddHostedService<S3SchemaRefresher>();
        return services;
    }
}
