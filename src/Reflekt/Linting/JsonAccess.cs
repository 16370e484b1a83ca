using System.Text.Json;

namespace Reflekt.Linting;

/// <summary>Tolerant reads of a JSON element: malformed schemas give nulls, never exceptions.</summary>
internal static class JsonAccess
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static string? GetString(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static JsonElement? GetObject(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static JsonElement? GetArray(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } value ? value : null;

    public static double? GetNumber(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    /// <summary>Escapes one JSON pointer token (RFC 6901).</summary>
    public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
