using System.Security.Cryptography;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.Internal;
using Reflekt.Warehouses.Snowflake;

namespace Reflekt.Warehouses.Snowflake.Internal;

/// <summary>The SQL API's bearer token: a key-pair JWT (signed here, renewed before it expires) or an OAuth token.</summary>
internal sealed class SnowflakeAuthenticator : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(59);
    private readonly SnowflakeSource _source;
    private readonly TimeProvider _time;
    private readonly RSA? _key;
    private readonly string? _issuer;
    private readonly string? _subject;
    private readonly Lock _renewal = new();
    private volatile SignedJwt? _jwt;

    public SnowflakeAuthenticator(SnowflakeSource source, string? projectDirectory, TimeProvider time)
    {
        _source = source;
        _time = time;
        var what = $"source '{source.Id}'";
        var pem = source.PrivateKey?.Reveal();
        if (pem is null && source.PrivateKeyPath is { } keyPath)
        {
            var path = Path.IsPathRooted(keyPath) || projectDirectory is null ? keyPath : Path.Combine(projectDirectory, keyPath);
            pem = File.Exists(path) ? File.ReadAllText(path) : throw new ReflektException($"{what}: private key file {path} does not exist.");
        }

        if (pem is not null)
        {
            _key = Rs256Jwt.LoadPrivateKey(pem, what);

            // Snowflake names the key by the SHA-256 of its public half (SubjectPublicKeyInfo DER).
            var fingerprint = "SHA256:" + Convert.ToBase64String(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()));
            var account = source.Account.Split('.')[0].ToUpperInvariant();
            _subject = $"{account}.{source.User.ToUpperInvariant()}";
            _issuer = $"{_subject}.{fingerprint}";
        }
        else if (source.Token is null)
        {
            throw new ReflektException(
                $"{what}: the Snowflake SQL API needs key-pair auth (private_key or private_key_path) or a token; password auth is not supported.");
        }
    }

    /// <summary>The <c>X-Snowflake-Authorization-Token-Type</c> header value.</summary>
    public string TokenType => _key is not null ? "KEYPAIR_JWT" : "OAUTH";

    public string Token()
    {
        if (_key is null)
        {
            return _source.Token!.Reveal();
        }

        // The token and its expiry are read and replaced as one value, and one caller at a time renews it: concurrent
        // statements never see a half-updated pair or sign the same renewal twice.
        if (_jwt is { } current && _time.GetUtcNow() < current.Expires)
        {
            return current.Token;
        }

        lock (_renewal)
        {
            var now = _time.GetUtcNow();
            if (_jwt is { } renewed && now < renewed.Expires)
            {
                return renewed.Token;
            }

            var token = Rs256Jwt.Sign(
                _key,
                new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" },
                new Dictionary<string, object>
                {
                    ["iss"] = _issuer!,
                    ["sub"] = _subject!,
                    ["iat"] = now.ToUnixTimeSeconds(),
                    ["exp"] = (now + TimeSpan.FromMinutes(60)).ToUnixTimeSeconds(),
                });
            _jwt = new SignedJwt(token, now + Lifetime);
            return token;
        }
    }

    public void Dispose() => _key?.Dispose();

    private sealed record SignedJwt(string Token, DateTimeOffset Expires);
}
