using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Reflekt.Tests.Warehouses.StandIns;

/// <summary>Stand-in side of RS256 JWT checks: verify the signature with the registered public key, read the claims.</summary>
internal static class Jwt
{
    public static JsonElement? VerifiedClaims(string token, RSA publicKey)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var header = JsonDocument.Parse(Decode(parts[0])).RootElement;
        if (header.GetProperty("alg").GetString() != "RS256")
        {
            return null;
        }

        var valid = publicKey.VerifyData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Decode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return valid ? JsonDocument.Parse(Decode(parts[1])).RootElement : null;
    }

    public static JsonElement Header(string token) => JsonDocument.Parse(Decode(token.Split('.')[0])).RootElement;

    private static byte[] Decode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
