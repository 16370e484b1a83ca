using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reflekt.Server.Violations;
using Reflekt.Violations;

namespace Reflekt.Server.Endpoints;

/// <summary>`GET /v1/violations?since=…` behind the admin token: the events that broke the plan, counted per hour.</summary>
public static class ViolationEndpoints
{
    public static IEndpointRouteBuilder MapViolationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/violations", List).AddEndpointFilter<AdminTokenFilter>();
        return app;
    }

    private static IResult List(string? since, ViolationCounter counter, TimeProvider time)
    {
        DateTimeOffset start;
        try
        {
            start = string.IsNullOrWhiteSpace(since) ? counter.OldestKept() : ViolationSince.Parse(since, time.GetUtcNow(), "since");
        }
        catch (ReflektException e)
        {
            return Results.Json(new ErrorBody("invalid_since", e.Message), ServerJson.Default.ErrorBody, statusCode: StatusCodes.Status400BadRequest);
        }
        return Results.Json(counter.Report(start), ViolationsJson.Default.ViolationReport);
    }
}
