using System.Net;
using System.Text.Json;

namespace Reflekt.Warehouses.Internal;

/// <summary>Turns an unsuccessful HTTP answer from a warehouse API into a one-line <see cref="ReflektException"/>.</summary>
internal static class HttpFailure
{
    public static async Task<ReflektException> FromResponseAsync(string what, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var detail = Message(body);
        var status = (int)response.StatusCode;
        var kind = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "rejected the credentials",
            HttpStatusCode.NotFound => "did not find the object",
            _ => "failed",
        };
        return new ReflektException($"{what} {kind} (HTTP {status}){(detail.Length > 0 ? ": " + detail : "")}")
        {
            IsTransient = status is 429 or >= 500,
        };
    }

    public static ReflektException Unreachable(string what, Exception e) =>
        new($"{what} is unreachable: {e.Message.TrimEnd('.')}", e) { IsTransient = true };

    // Snowflake answers {"message": …}; Google {"error": {"message": …}} or {"error_description": …}.
    private static string Message(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "";
            }

            if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
            {
                return OneLine(m.GetString()!);
            }

            if (root.TryGetProperty("error", out var e))
            {
                if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var em) && em.ValueKind == JsonValueKind.String)
                {
                    return OneLine(em.GetString()!);
                }

                if (root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    return OneLine(d.GetString()!);
                }

                if (e.ValueKind == JsonValueKind.String)
                {
                    return OneLine(e.GetString()!);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the status alone says enough.
        }

        return "";
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
