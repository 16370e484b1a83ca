using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Reflekt.Server.Ingestion;

/// <summary>
/// Segment's write-key authentication: HTTP Basic with the key as user name and an empty password, or a
/// `writeKey` field in the body. The key is compared in constant time.
/// </summary>
internal static class WriteKeyCheck
{
    public static bool IsAuthorized(string? authorizationHeader, JsonElement body, string expectedKey)
    {
        var expected = Encoding.UTF8.GetBytes(expectedKey);
        if (TryReadBasicUser(authorizationHeader, out var user, out var password))
        {
            return password.Length == 0 && Matches(user, expected);
        }
        return body.ValueKind == JsonValueKind.Object
            && body.TryGetProperty("writeKey", out var key)
            && key.ValueKind == JsonValueKind.String
            && Matches(key.GetString()!, expected);
    }

    /// <summary>Whether <paramref name="candidate"/> (say, from a URL) is the expected key; constant time.</summary>
    public static bool IsKey(string candidate, string expectedKey) => Matches(candidate, Encoding.UTF8.GetBytes(expectedKey));

    private static bool TryReadBasicUser(string? header, out string user, out string password)
    {
        user = password = "";
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }
        var value = header.Trim();
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // OAuth: the write key travels in the body.
            return false;
        }
        if (value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            value = value[6..].Trim();
        }
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            // An undecodable header is a failed login, not an anonymous one.
            user = "\0";
            return true;
        }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        // Without the colon Segment still accepts the bare key, for backward compatibility.
        user = colon < 0 ? decoded : decoded[..colon];
        password = colon < 0 ? "" : decoded[(colon + 1)..];
        return true;
    }

    private static bool Matches(string candidate, byte[] expected) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), expected);
}
