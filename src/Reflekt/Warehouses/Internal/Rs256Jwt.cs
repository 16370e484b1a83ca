using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Reflekt.Warehouses.Internal;

/// <summary>Signs a compact JWT with RS256, as Snowflake key-pair auth and Google service accounts require.</summary>
internal static class Rs256Jwt
{
    public static string Sign(RSA key, IReadOnlyDictionary<string, object> header, IReadOnlyDictionary<string, object> claims)
    {
        var signingInput = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>Loads an unencrypted PEM private key (PKCS#8 or PKCS#1).</summary>
    public static RSA LoadPrivateKey(string pem, string what)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (ArgumentException e)
        {
            rsa.Dispose();
            throw new ReflektException($"{what}: the private key is not an unencrypted PEM RSA key ({e.Message.TrimEnd('.')}).", e);
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            throw new ReflektException($"{what}: the private key could not be read ({e.Message.TrimEnd('.')}).", e);
        }
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
