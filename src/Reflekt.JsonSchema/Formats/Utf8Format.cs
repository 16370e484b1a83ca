using System.Text;

namespace Reflekt.Json.Schema.Formats;

/// <summary>A format check over the UTF-8 bytes of a string, so validating from a JsonElement needs no string.</summary>
internal delegate bool Utf8Format(ReadOnlySpan<byte> value);

/// <summary>Runs a UTF-8 format check on a .NET string (for callers that have one: email, uri, the format "regex" path).</summary>
internal static class Utf8Formats
{
    public static bool Check(string value, Utf8Format check)
    {
        if (value.Length <= 128)
        {
            Span<byte> buffer = stackalloc byte[128 * 3];
            return check(buffer[..Encoding.UTF8.GetBytes(value, buffer)]);
        }

        // Lone surrogates become U+FFFD here: non-ASCII, so every (ASCII-only) format rejects them as before.
        return check(Encoding.UTF8.GetBytes(value));
    }
}
