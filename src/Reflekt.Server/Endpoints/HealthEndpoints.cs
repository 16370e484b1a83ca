using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reflekt.Server.Forwarding;
using Reflekt.Server.Metrics;
using Reflekt.Server.Spool;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Endpoints;

/// <summary>GET /health (liveness plus spool and forwarding state) and GET /metrics (Prometheus text).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health);
        app.MapGet("/metrics", Metrics);
        return app;
    }

    private static IResult Health(SchemaStore store, DurableSpool spool, SpoolForwarder forwarder) =>
        Results.Json(
            new HealthBody(forwarder.LastError is null ? "ok" : "degraded", store.Current.ById.Count, spool.PendingRecords, forwarder.LastError),
            ServerJson.Default.HealthBody);

    private static IResult Metrics(ServerMetrics metrics, DurableSpool spool) =>
        Results.Text(metrics.Render(spool.PendingRecords), "text/plain; version=0.0.4", System.Text.Encoding.UTF8);
}
