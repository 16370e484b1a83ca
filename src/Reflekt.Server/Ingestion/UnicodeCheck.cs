using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// Finds the first string (value or member name) of a message that is not valid Unicode: a lone UTF-16 surrogate
/// escape (<c>"\ud83d"</c>, what <c>JSON.stringify</c> emits for an emoji cut in half) or bytes that were not UTF-8.
/// Such an event cannot be read as text, so it is routed invalid rather than failing the request.
/// </summary>
internal static class UnicodeCheck
{
    /// <summary>The JSON pointer of the first invalid string, or null when the message is clean.</summary>
    public static string? FindInvalid(JsonElement message, TrackingBody body)
    {
        var raw = JsonMarshal.GetRawUtf8Value(message);
        // The common case costs one vectorized search: no \u escape and no bad byte means nothing to look at.
        if (raw.IndexOf("\\u"u8) < 0 && !body.HasInvalidBytes(raw))
        {
            return null;
        }
        return Walk(message, "", body);
    }

    private static string? Walk(JsonElement element, string pointer, TrackingBody body)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var raw = JsonMarshal.GetRawUtf8Value(element);
                return HasLoneSurrogate(raw) || body.HasInvalidBytes(raw) ? pointer : null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var name = JsonMarshal.GetRawUtf8PropertyName(property);
                    var child = pointer + "/" + Escape(Encoding.UTF8.GetString(name));
                    if (HasLoneSurrogate(name) || body.HasInvalidBytes(name))
                    {
                        return child;
                    }
                    if (Walk(property.Value, child, body) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Walk(item, $"{pointer}/{index++}", body) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    // Reads the escapes of a raw JSON string: a high surrogate must be followed by a low one, a low one never stands alone.
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }
            if (i + 1 >= raw.Length || raw[i + 1] != (byte)'u')
            {
                i++;
                continue;
            }
            var unit = CodeUnit(raw, i);
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return true;
            }
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var next = i + 6 < raw.Length && raw[i + 6] == (byte)'\\' && i + 7 < raw.Length && raw[i + 7] == (byte)'u' ? CodeUnit(raw, i + 6) : -1;
                if (next is < 0xDC00 or > 0xDFFF)
                {
                    return true;
                }
                i += 6;
            }
            i += 5;
        }
        return false;
    }

    private static int CodeUnit(ReadOnlySpan<byte> raw, int escape) =>
        escape + 6 <= raw.Length && int.TryParse(Encoding.ASCII.GetString(raw.Slice(escape + 2, 4)), System.Globalization.NumberStyles.HexNumber, null, out var unit)
            ? unit
            : -1;

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
