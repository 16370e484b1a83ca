using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// A JSON string (a value or a member name) as the server writes it back: decoded, or — when it is not valid Unicode
/// (an escaped lone surrogate, what a cut emoji leaves) and cannot be decoded — its raw text, escapes and all. Bad
/// bytes never get here as such: the parser reads them as <c>?</c> (<see cref="TrackingBody"/>), so the text is
/// always well-formed and any JSON writer accepts it.
/// </summary>
internal static class ReadableText
{
    /// <summary>The text of a string value; null when the value is not a string.</summary>
    public static string? Of(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            return Encoding.UTF8.GetString(raw[1..^1]); // without the quotes
        }
    }

    /// <summary>The text of a member name.</summary>
    public static string NameOf(JsonProperty member)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(member));
        }
    }
}
