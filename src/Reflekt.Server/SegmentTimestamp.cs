using System.Globalization;

namespace Reflekt.Server;

/// <summary>The one way the gateway writes a time into a Segment message or batch: ISO 8601 UTC with milliseconds, as Segment's SDKs do.</summary>
internal static class SegmentTimestamp
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
