using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;
using Reflekt.Server.Forwarding;
using Reflekt.Server.Metrics;
using Reflekt.Server.Spool;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Endpoints;

/// <summary>
/// GET /health (readiness: 503 when the spool cannot accept, forwarding has failed for longer than `--unhealthy-after`
/// or batches wait in the dead-letter folder), GET /health/live (liveness only) and GET /metrics (Prometheus text).
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health);
        app.MapGet("/health/live", () => Results.Json(new LiveBody("ok"), ServerJson.Default.LiveBody));
        app.MapGet("/metrics", Metrics);
        return app;
    }

    private static IResult Health(SchemaStore store, DurableSpool spool, SpoolForwarder forwarder, TimeProvider time, IOptions<ForwardingOptions> forwarding, IOptions<SpoolOptions> spoolOptions)
    {
        var spoolState = spool.AppendError is not null ? "failing" : spool.IsFull ? "full" : "ok";
        var failingFor = forwarder.FailingSince is { } since ? time.GetUtcNow() - since : TimeSpan.Zero;
        var forwardingState = forwarder.FailingSince is null ? "ok" : failingFor >= forwarding.Value.UnhealthyAfter ? "failing" : "retrying";
        var deadLetters = new DeadLetterFolder(spoolOptions.Value.Directory).Count();
        var status = spoolState != "ok" || forwardingState == "failing" || deadLetters > 0 ? "unhealthy"
            : forwardingState == "retrying" ? "degraded" : "ok";
        var body = new HealthBody(status, store.Current.ById.Count, spool.PendingRecords, forwarder.LastError,
            new SpoolHealthBody(spoolState, spool.BytesOnDisk, spool.MaxBytes, spool.AppendError),
            new ForwardingHealthBody(forwardingState, forwarder.FailingSince, forwarder.LastError),
            new DeadLettersHealthBody(deadLetters > 0 ? "present" : "ok", deadLetters));
        return Results.Json(body, ServerJson.Default.HealthBody, statusCode: status == "unhealthy" ? 503 : 200);
    }

    private static IResult Metrics(ServerMetrics metrics, DurableSpool spool, IOptions<SpoolOptions> spoolOptions)
    {
        var directory = spoolOptions.Value.Directory;
        var replayedFolder = DeadLetterReplay.ReplayedFolder(directory);
        var replayed = Directory.Exists(replayedFolder) ? Directory.EnumerateFiles(replayedFolder, "*.json").Count() : 0;
        return Results.Text(metrics.Render(spool.PendingRecords, new DeadLetterFolder(directory).Count(), replayed),
            "text/plain; version=0.0.4", System.Text.Encoding.UTF8);
    }
}
