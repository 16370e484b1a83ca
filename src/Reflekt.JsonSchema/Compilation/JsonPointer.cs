using System.Text;
using System.Text.Json;

namespace Reflekt.Json.Schema.Compilation;

/// <summary>RFC 6901 JSON pointers: escaping, appending, navigating.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) =>
        token.Contains('~') || token.Contains('/') ? token.Replace("~", "~0").Replace("/", "~1") : token;

    public static string Append(string pointer, string token) => pointer + "/" + Escape(token);

    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Follows <paramref name="pointer"/> (already percent-decoded) from <paramref name="root"/>.</summary>
    public static bool TryNavigate(JsonElement root, string pointer, out JsonElement target)
    {
        target = root;
        if (pointer.Length == 0)
        {
            return true;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            switch (target.ValueKind)
            {
                case JsonValueKind.Object when target.TryGetProperty(token, out var child):
                    target = child;
                    break;
                case JsonValueKind.Array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                                              && index < target.GetArrayLength()
                                              && (token == "0" || token[0] != '0'):
                    target = target[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Builds a pointer from path segments (strings are property names, ints are indices).</summary>
    public static string FromSegments(ReadOnlySpan<object> segments)
    {
        if (segments.IsEmpty)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/');
            builder.Append(segment is string s ? Escape(s) : Convert.ToString(segment, System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
