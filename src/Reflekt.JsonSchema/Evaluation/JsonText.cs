using System.Runtime.InteropServices;
using System.Text.Json;
using Reflekt.Json.Schema.Patterns;

namespace Reflekt.Json.Schema.Evaluation;

/// <summary>Small helpers over instance values: type names for messages, and reading strings (length, bytes, regex matches) without allocating.</summary>
internal static class JsonText
{
    /// <summary>The JSON Schema type name of an instance ("integer" for whole numbers).</summary>
    public static string TypeName(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => JsonNumber.IsInteger(instance) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "undefined",
    };

    /// <summary>Length in Unicode code points (what minLength/maxLength count).</summary>
    public static int CodePointLength(JsonElement text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        if (raw.Length >= 2 && raw[0] == (byte)'"')
        {
            raw = raw[1..^1];
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            var count = 0;
            foreach (var b in raw)
            {
                if ((b & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            return count;
        }

        var value = text.GetString()!;
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            length++;
        }

        return length;
    }

    /// <summary>The UTF-8 bytes of a JSON string when it has no escapes (then they are its value); false otherwise.</summary>
    public static bool TryGetUnescapedUtf8(JsonElement text, out ReadOnlySpan<byte> utf8)
    {
        utf8 = JsonMarshal.GetRawUtf8Value(text);
        if (utf8.Length >= 2 && utf8[0] == (byte)'"')
        {
            utf8 = utf8[1..^1];
        }

        return utf8.IndexOf((byte)'\\') < 0;
    }

    /// <summary>Whether a string instance matches the pattern, read as UTF-8 bytes rather than a string.</summary>
    public static bool IsMatch(PatternMatcher pattern, JsonElement text) =>
        TryGetUnescapedUtf8(text, out var utf8) ? pattern.IsMatch(utf8) : pattern.IsMatch(text.GetString()!);

    /// <summary>Whether a property name matches the pattern, without making the name a string.</summary>
    public static bool IsNameMatch(PatternMatcher pattern, JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0 ? pattern.IsMatch(raw) : pattern.IsMatch(property.Name);
    }
}
