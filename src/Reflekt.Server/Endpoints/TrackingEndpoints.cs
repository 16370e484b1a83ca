using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reflekt.Schemas.Calls;
using Reflekt.Server.Ingestion;

namespace Reflekt.Server.Endpoints;

/// <summary>Segment's HTTP Tracking API: `/v1/{batch,track,identify,page,screen,group,alias}`, also under `/validate/segment`.</summary>
public static class TrackingEndpoints
{
    public static IEndpointRouteBuilder MapTrackingEndpoints(this IEndpointRouteBuilder app)
    {
        // The seed's README tells users to point the SDK host at …/validate/segment; the SDK appends /v1/batch.
        foreach (var prefix in new[] { "/v1", "/validate/segment/v1" })
        {
            var group = app.MapGroup(prefix);
            group.MapPost("/batch", Batch);
            group.MapPost("/track", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Track));
            group.MapPost("/identify", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Identify));
            group.MapPost("/page", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Page));
            group.MapPost("/screen", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Screen));
            group.MapPost("/group", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Group));
            group.MapPost("/alias", (HttpContext c, TrackingIngestion i) => Single(c, i, CallType.Alias));
        }
        return app;
    }

    private static Task<IResult> Batch(HttpContext context, TrackingIngestion ingestion) => Handle(context, ingestion, null);

    private static Task<IResult> Single(HttpContext context, TrackingIngestion ingestion, CallType type) => Handle(context, ingestion, type);

    private static async Task<IResult> Handle(HttpContext context, TrackingIngestion ingestion, CallType? type)
    {
        var error = await ingestion.HandleAsync(context.Request, type, context.RequestAborted).ConfigureAwait(false);
        return error is null
            ? Results.Json(new SuccessBody(true), ServerJson.Default.SuccessBody)
            : Results.Json(new ErrorBody(error.Code, error.Message), ServerJson.Default.ErrorBody, statusCode: error.Status);
    }
}
