using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reflekt.Reflection;
using Reflekt.Reflection.Drift;
using Reflekt.Reflection.Storage;
using Reflekt.Server.Endpoints;
using Reflekt.Server.Validation;

namespace Reflekt.Server.Reflection;

/// <summary>GET /reflections, GET /reflections/{schema_id}, POST /reflections/run (behind the admin token).</summary>
public static class ReflectionEndpoints
{
    public static IEndpointRouteBuilder MapReflectionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/reflections").AddEndpointFilter<AdminTokenFilter>();
        group.MapGet("", ListAsync);
        group.MapPost("/run", Run);
        group.MapGet("/{**schemaId}", DetailAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(ReflectionGate gate, ReflectionCycle cycle, TimeProvider time, CancellationToken ct)
    {
        var (snapshots, reports) = await CurrentAsync(cycle, time, ct);
        var rows = reports
            .Select(r => (Report: r, Snapshot: snapshots.GetValueOrDefault(r.Table)))
            .Where(x => x.Snapshot is not null)
            .Select(x => new ReflectionRowBody(x.Report.Table, x.Report.SchemaId, x.Report.Status, x.Snapshot!.Revision,
                x.Snapshot.MissingTable, x.Snapshot.ValidThrough, x.Snapshot.RowCount, x.Snapshot.ReflectedAt, x.Snapshot.LastAttemptAt,
                x.Snapshot.LastError, x.Report.Diagnostics))
            .ToList();
        return Results.Json(new ReflectionListBody(cycle.Source is not null, cycle.Source?.Key, gate.IsRunning, gate.CyclesStarted, gate.Last, rows),
            SnapshotJson.Options);
    }

    private static async Task<IResult> DetailAsync(string schemaId, ReflectionCycle cycle, SchemaStore schemas, TimeProvider time, CancellationToken ct)
    {
        var (snapshots, reports) = await CurrentAsync(cycle, time, ct);
        var table = schemas.Current.ById.TryGetValue(schemaId, out var entry) && entry.EventName is { } name
            ? cycle.Naming.TableName(name)
            : reports.FirstOrDefault(r => r.SchemaId == schemaId)?.Table;
        if (table is null || !snapshots.TryGetValue(table, out var snapshot))
        {
            return Results.Json(new ErrorBody("not_found", $"No reflection for schema \"{schemaId}\"."), ServerJson.Default.ErrorBody,
                statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Json(new ReflectionDetailBody(snapshot, reports.First(r => r.Table == table)), SnapshotJson.Options);
    }

    private static async Task<IResult> Run(HttpRequest request, ReflectionGate gate, ReflectionCycle cycle, IHostApplicationLifetime lifetime)
    {
        if (cycle.Source is null)
        {
            return Results.Json(new ErrorBody("not_configured", "Reflection needs reflekt serve --reflect-source ID.DB.SCHEMA (a source of the project's profile)."),
                ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        // The cycle outlives the request; it stops with the server, not with the caller.
        var started = gate.TryStart("manual", lifetime.ApplicationStopping);
        if (started is null)
        {
            return Results.Json(new RunBody("running", gate.Last), SnapshotJson.Options, statusCode: StatusCodes.Status409Conflict);
        }

        if (request.Query["wait"] == "true")
        {
            return Results.Json(new RunBody("finished", await started), SnapshotJson.Options);
        }

        return Results.Json(new RunBody("started", null), SnapshotJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<(Dictionary<string, ReflectionSnapshot> Snapshots, IReadOnlyList<DriftReport> Reports)> CurrentAsync(
        ReflectionCycle cycle, TimeProvider time, CancellationToken ct)
    {
        var key = cycle.Source?.Key;
        var stored = (await cycle.Store.LoadAllAsync(ct)).Where(s => s.Source == key).ToList();
        var expectations = cycle.Expectations();
        var claimedTables = new HashSet<string>(expectations.Select(e => e.Table), StringComparer.OrdinalIgnoreCase);
        var snapshots = stored.ToDictionary(s => s.Table, StringComparer.OrdinalIgnoreCase);
        var reached = expectations.Where(e => snapshots.ContainsKey(e.Table)).ToList();
        var unclaimed = stored.Where(s => !claimedTables.Contains(s.Table)).ToList();
        var reports = DriftAnalyzer.Analyze(reached, snapshots, unclaimed, cycle.DriftOptions(time.GetUtcNow()));
        return (snapshots, reports);
    }
}
