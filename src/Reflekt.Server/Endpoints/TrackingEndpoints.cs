using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Ingestion;

namespace Reflekt.Server.Endpoints;

/// <summary>
/// Segment's HTTP Tracking API: `/v1/{batch,track,identify,page,screen,group,alias}`, analytics.js's short paths
/// (`/t /p /i /g /a /s /b`, at the root and under `/v1`), and the source settings analytics.js loads
/// (`/v1/projects/{writeKey}/settings`); all of it also under `/validate/segment`, all of it with CORS.
/// </summary>
public static class TrackingEndpoints
{
    // analytics.js posts to `{apiHost}/{first letter of the call type}`, and to `/b` when batching.
    private static readonly (string Path, CallType Type)[] ShortPaths =
    [
        ("/t", CallType.Track), ("/p", CallType.Page), ("/i", CallType.Identify),
        ("/g", CallType.Group), ("/a", CallType.Alias), ("/s", CallType.Screen),
    ];

    public static IEndpointRouteBuilder MapTrackingEndpoints(this IEndpointRouteBuilder app)
    {
        // The seed's README tells users to point the SDK host at …/validate/segment; the SDK appends /v1/batch.
        foreach (var prefix in new[] { "/v1", "/validate/segment/v1" })
        {
            var group = app.MapGroup(prefix).RequireCors(TrackingCors.Policy);
            MapCalls(group, withLongNames: true);
            group.MapGet("/projects/{writeKey}/settings", ProjectSettings.Get);
        }
        // analytics.js with apiHost "host:port" (no /v1), as its proxy docs show it.
        foreach (var prefix in new[] { "", "/validate/segment" })
        {
            MapCalls(app.MapGroup(prefix).RequireCors(TrackingCors.Policy), withLongNames: false);
        }
        return app;
    }

    private static void MapCalls(RouteGroupBuilder group, bool withLongNames)
    {
        group.MapPost("/b", Batch);
        foreach (var (path, type) in ShortPaths)
        {
            group.MapPost(path, (HttpContext c, TrackingIngestion i) => Single(c, i, type));
        }
        if (!withLongNames)
        {
            return;
        }
        group.MapPost("/batch", Batch);
        foreach (var type in Enum.GetValues<CallType>())
        {
            group.MapPost("/" + type.WireName(), (HttpContext c, TrackingIngestion i) => Single(c, i, type));
        }
    }

    private static Task<IResult> Batch(HttpContext context, TrackingIngestion ingestion) => Handle(context, ingestion, null);

    private static Task<IResult> Single(HttpContext context, TrackingIngestion ingestion, CallType type) => Handle(context, ingestion, type);

    private static async Task<IResult> Handle(HttpContext context, TrackingIngestion ingestion, CallType? type)
    {
        var error = await ingestion.HandleAsync(context.Request, type, context.RequestAborted).ConfigureAwait(false);
        if (error?.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return error is null
            ? Results.Json(new SuccessBody(true), ServerJson.Default.SuccessBody)
            : Results.Json(new ErrorBody(error.Code, error.Message), ServerJson.Default.ErrorBody, statusCode: error.Status);
    }
}
