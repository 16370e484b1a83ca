using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reflekt.Server.Options;

namespace Reflekt.Server.Endpoints;

/// <summary>
/// CORS for the tracking endpoints, and only them: analytics.js posts from pages on other origins with an
/// <c>Authorization</c> header, so the browser asks first (preflight <c>OPTIONS</c>). The schema and admin API never
/// answer CORS, so a page can never drive them with a visitor's browser.
/// </summary>
internal static class TrackingCors
{
    public const string Policy = "tracking";

    // A day: the browser need not ask again before every event (Chromium caps it at two hours anyway).
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromDays(1);

    public static IServiceCollection AddTrackingCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<IngestionOptions>>((cors, ingestion) =>
            cors.AddPolicy(Policy, policy => Configure(policy, CorsOrigins.Parse(ingestion.Value.CorsOrigins))));
        return services;
    }

    private static void Configure(CorsPolicyBuilder policy, CorsOrigins origins)
    {
        if (origins.AllowsAnyOrigin)
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins([.. origins.Origins]);
        }
        // Any header is echoed back by name (Authorization, X-Retry-Count…); no credentials, the write key is the auth.
        policy.WithMethods("GET", "POST").AllowAnyHeader().SetPreflightMaxAge(PreflightMaxAge);
    }
}
