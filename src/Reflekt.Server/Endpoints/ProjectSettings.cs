using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Reflekt.Server.Ingestion;
using Reflekt.Server.Options;

namespace Reflekt.Server.Endpoints;

/// <summary>
/// `GET /v1/projects/{writeKey}/settings`: the source settings analytics.js fetches from `{cdnURL}` before it sends
/// anything. With `cdnURL` pointed at the gateway a page needs no Segment CDN: the answer names the gateway itself
/// (the host and prefix the page asked) as the Segment.io destination's `apiHost`, and no other destination, plugin,
/// middleware or metrics sampling, so analytics.js loads no further bundle and calls nothing but the gateway.
/// </summary>
internal static class ProjectSettings
{
    private const string SettingsSuffix = "/projects/";

    public static IResult Get(HttpContext context, string writeKey, IOptions<IngestionOptions> options)
    {
        if (!WriteKeyCheck.IsKey(writeKey, options.Value.WriteKey))
        {
            return Results.Json(new ErrorBody("not_found", "No source has this write key."), ServerJson.Default.ErrorBody, statusCode: 404);
        }
        var request = context.Request;
        var path = request.PathBase + request.Path;
        var prefix = path.Value![..path.Value!.LastIndexOf(SettingsSuffix, StringComparison.Ordinal)];
        var segmentIo = new SegmentIoSettingsBody(writeKey, request.Host.Value + prefix, request.Scheme, [], true, new Dictionary<string, string[]>());
        return Results.Json(
            new ProjectSettingsBody(new IntegrationsBody(segmentIo), new MetricsBody(0), [], new Dictionary<string, bool>(), false),
            ServerJson.Default.ProjectSettingsBody);
    }
}
