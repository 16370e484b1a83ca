using System.Text.Json;

namespace Reflekt.Registries.Segment.Internal;

/// <summary>
/// Segment's 429 body says when to come back (<c>errors[].data.msBeforeNext</c>, contracts.md §1.7); the HTTP stack
/// uses it when the answer has no Retry-After header.
/// </summary>
internal static class SegmentRetryHint
{
    public static TimeSpan? FromBody(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind == JsonValueKind.Object
                        && error.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                        && data.TryGetProperty("msBeforeNext", out var ms) && ms.TryGetDouble(out var millis) && millis >= 0)
                    {
                        return TimeSpan.FromMilliseconds(millis);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the backoff decides.
        }

        return null;
    }
}
