using System.Text.Json;

namespace Reflekt.Http;

/// <summary>
/// Reads a failed answer into one line: "&lt;service&gt; answered &lt;status&gt; &lt;reason&gt; to &lt;METHOD /path&gt;: &lt;the service's own
/// text&gt;", whatever the service's error envelope (Segment, Avo, our registry, Snowflake, Google, OAuth).
/// </summary>
public static class RemoteError
{
    private const int MaxLength = 300;

    /// <summary>The failure for a non-2xx answer; transient when another attempt later could succeed.</summary>
    /// <param name="service">How the message names the service.</param>
    /// <param name="response">The final answer.</param>
    /// <param name="attempts">How many attempts were made; more than one is said.</param>
    public static ReflektException Answered(string service, RemoteResponse response, int attempts = 1)
    {
        var text = Text(response.Body);
        var status = $"{(int)response.Status} {response.ReasonPhrase ?? response.Status.ToString()}".TrimEnd();
        var retried = attempts > 1 ? $" (after {attempts} attempts)" : "";
        return new ReflektException($"{service} answered {status} to {response.Request}{retried}" + (text.Length > 0 ? $": {text}" : ""))
        {
            IsTransient = TransientFailure.IsTransient(response.Status),
        };
    }

    /// <summary>The failure when no answer came: refused or dropped connection, or no answer within the attempt timeout.</summary>
    public static ReflektException Unreachable(string service, string request, string reason, Exception cause) =>
        new($"{service}: cannot reach {request}: {reason}", cause) { IsTransient = true };

    /// <summary>The service's own error text from a body, on one line and at most 300 characters; the raw text when it is not JSON.</summary>
    public static string Text(string body)
    {
        var trimmed = body.Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        try
        {
            using var doc = JsonDocument.Parse(trimmed);
            var text = FromJson(doc.RootElement);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return OneLine(text);
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall back to the raw text.
        }

        return OneLine(trimmed);
    }

    private static string? FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var summary = Str(root, "message");

        // Segment Public API: {"errors":[{"type":…, "message":…}]}; our registry adds a summary beside per-pointer
        // diagnostics; Google nests {"error":{"message":…, "errors":[{"message": <the same>}]}}.
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<string>();
            foreach (var e in errors.EnumerateArray())
            {
                if (Part(e) is { } part && part != summary)
                {
                    parts.Add(part);
                }
            }

            if (parts.Count > 0)
            {
                return (summary is null ? "" : summary + " ") + string.Join("; ", parts);
            }
        }

        // OAuth token endpoints: {"error": "invalid_grant", "error_description": "…"}; the description says more.
        if (Str(root, "error_description") is { } description)
        {
            return description;
        }

        foreach (var name in new[] { "error", "message", "detail", "title", "Message" })
        {
            if (root.TryGetProperty(name, out var value))
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString();
                }

                if (value.ValueKind == JsonValueKind.Object)
                {
                    return FromJson(value) ?? value.GetRawText();
                }
            }
        }

        return null;
    }

    private static string? Part(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString();
        }

        if (e.ValueKind != JsonValueKind.Object || (Str(e, "message") ?? Str(e, "type")) is not { } message)
        {
            return null;
        }

        var field = Str(e, "field");
        var pointer = Str(e, "pointer");
        return pointer is not null ? $"{(pointer.Length == 0 ? "/" : pointer)}: {message}"
            : field is null ? message : $"{message} (field {field})";
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= MaxLength ? flat : flat[..MaxLength] + "…";
    }
}
