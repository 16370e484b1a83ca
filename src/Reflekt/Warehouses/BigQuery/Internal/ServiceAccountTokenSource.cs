using System.Net.Http.Json;
using System.Security.Cryptography;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Internal;

namespace Reflekt.Warehouses.BigQuery.Internal;

/// <summary>Exchanges a service-account JWT (RS256, signed with the key file's private key) for an OAuth access token, cached until it nears expiry.</summary>
internal sealed class ServiceAccountTokenSource(BigQueryKeyfile keyfile, HttpClient http, TimeProvider time, string what) : IDisposable
{
    private const string Scope = "https://www.googleapis.com/auth/bigquery.readonly";
    private readonly RSA _key = Rs256Jwt.LoadPrivateKey(keyfile.PrivateKey.Reveal(), what);
    private string? _token;
    private DateTimeOffset _expires;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_token is not null && now < _expires)
        {
            return _token;
        }

        var assertion = Rs256Jwt.Sign(
            _key,
            new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = keyfile.PrivateKeyId },
            new Dictionary<string, object>
            {
                ["iss"] = keyfile.ClientEmail,
                ["scope"] = Scope,
                ["aud"] = keyfile.TokenUri,
                ["iat"] = now.ToUnixTimeSeconds(),
                ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
            });
        var tokenWhat = $"{what} token endpoint";
        using var response = await HttpRetry.SendAsync(http, () => new HttpRequestMessage(HttpMethod.Post, keyfile.TokenUri)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                ["assertion"] = assertion,
            }),
        }, tokenWhat, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await HttpFailure.FromResponseAsync(tokenWhat, response, cancellationToken).ConfigureAwait(false);
        }

        var token = await response.Content.ReadFromJsonAsync<GoogleTokenResponse>(cancellationToken).ConfigureAwait(false)
            ?? throw new ReflektException($"{tokenWhat} answered with an empty body.");
        _token = token.AccessToken;

        // Renew a minute early so a token never expires mid-request.
        _expires = now.AddSeconds(Math.Max(0, token.ExpiresIn - 60));
        return _token;
    }

    public void Dispose() => _key.Dispose();
}
