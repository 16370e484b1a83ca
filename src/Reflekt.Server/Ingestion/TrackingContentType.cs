using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// The media types a tracking request may declare: <c>application/json</c> (the server SDKs), <c>text/plain</c>
/// (analytics.js and <c>sendBeacon</c>, which avoid a CORS preflight that way), none at all, and
/// <c>application/x-www-form-urlencoded</c> on a gzip body, which is what @rudderstack/rudder-sdk-node 3 sends
/// (axios's default for a Buffer). Anything else is answered 415.
/// </summary>
internal static class TrackingContentType
{
    public static bool IsAccepted(HttpRequest request)
    {
        var header = request.ContentType;
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }
        if (!MediaTypeHeaderValue.TryParse(header, out var media))
        {
            return false;
        }
        var type = media.MediaType.Value ?? "";
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
            || (type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) && RequestBody.IsGzip(request));
    }
}
