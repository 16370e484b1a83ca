using System.Text.Json;

namespace Reflekt.Registries.Internal;

/// <summary>Pulls the service's own error text out of an error body, whatever its envelope.</summary>
internal static class RemoteErrorText
{
    private const int MaxLength = 300;

    public static string From(string body)
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

        // Segment Public API: {"errors":[{"type":..., "message":...}]}
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<string>();
            foreach (var e in errors.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    parts.Add(e.GetString()!);
                }
                else if (e.ValueKind == JsonValueKind.Object)
                {
                    var message = Str(e, "message") ?? Str(e, "type");
                    if (message is not null)
                    {
                        var field = Str(e, "field");
                        var pointer = Str(e, "pointer");
                        parts.Add(pointer is not null ? $"{(pointer.Length == 0 ? "/" : pointer)}: {message}"
                            : field is null ? message : $"{message} (field {field})");
                    }
                }
            }

            if (parts.Count > 0)
            {
                // Our registry server puts a summary beside the per-pointer diagnostics.
                var summary = Str(root, "message");
                return (summary is null ? "" : summary + " ") + string.Join("; ", parts);
            }
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

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string OneLine(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return flat.Length <= MaxLength ? flat : flat[..MaxLength] + "…";
    }
}
