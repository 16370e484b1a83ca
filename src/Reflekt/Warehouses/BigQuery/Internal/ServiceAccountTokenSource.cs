using System.Security.Cryptography;
using Reflekt.Http;
using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.Internal;

namespace Reflekt.Warehouses.BigQuery.Internal;

/// <summary>
/// Exchanges a service-account JWT (RS256, signed with the key file's private key) for an OAuth access token, cached
/// until it nears expiry. One refresh at a time: callers that find the token expired while another refreshes it wait
/// for that refresh instead of asking the token endpoint again.
/// </summary>
internal sealed class ServiceAccountTokenSource(BigQueryKeyfile keyfile, ResilientHttpClient http, TimeProvider time, string what) : IDisposable
{
    private const string Scope = "https://www.googleapis.com/auth/bigquery.readonly";
    private readonly RSA _key = Rs256Jwt.LoadPrivateKey(keyfile.PrivateKey.Reveal(), what);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile AccessToken? _token;

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < cached.Expires)
        {
            return cached.Value;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } refreshed && time.GetUtcNow() < refreshed.Expires)
            {
                return refreshed.Value;
            }

            var fresh = await RequestAsync(cancellationToken).ConfigureAwait(false);
            _token = fresh;
            return fresh.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose()
    {
        _key.Dispose();
        _refresh.Dispose();
    }

    private async Task<AccessToken> RequestAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
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
        var response = await http.SendAsync(_ => new HttpRequestMessage(HttpMethod.Post, keyfile.TokenUri)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                ["assertion"] = assertion,
            }),
        }, cancellationToken).ConfigureAwait(false);
        var token = response.Json<GoogleTokenResponse>(http.Service);

        // Renew a minute early so a token never expires mid-request.
        return new AccessToken(token.AccessToken, now.AddSeconds(Math.Max(0, token.ExpiresIn - 60)));
    }

    private sealed record AccessToken(string Value, DateTimeOffset Expires);
}
