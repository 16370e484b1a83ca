namespace Reflekt.Server.Endpoints;

/// <summary>
/// The origins whose pages may call the tracking endpoints from a browser (`--cors-origins`): any origin (`*`, the
/// default, as Segment's own API answers) or a list of `scheme://host[:port]`.
/// </summary>
public sealed record CorsOrigins
{
    private CorsOrigins(IReadOnlyList<string> origins) => Origins = origins;

    /// <summary>Every origin may call.</summary>
    public static CorsOrigins Any { get; } = new(["*"]);

    /// <summary>The allowed origins, normalised (`https://shop.example`), or the single entry `*`.</summary>
    public IReadOnlyList<string> Origins { get; }

    public bool AllowsAnyOrigin => Origins is ["*"];

    /// <summary>Parses `*` or a comma-separated list of origins as written on the command line.</summary>
    public static CorsOrigins Parse(string text)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            throw new ReflektException("--cors-origins is empty: pass * or a comma-separated list of origins such as https://shop.example.");
        }
        if (items.Contains("*"))
        {
            return items.Length == 1
                ? Any
                : throw new ReflektException($"--cors-origins \"{text}\": * already allows every origin; pass it alone.");
        }
        return new CorsOrigins([.. items.Select(Origin)]);
    }

    /// <summary>The configuration value (<see cref="Parse"/> reads it back).</summary>
    public override string ToString() => string.Join(',', Origins);

    private static string Origin(string item)
    {
        if (!Uri.TryCreate(item, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw new ReflektException($"--cors-origins: \"{item}\" is not an origin (expected scheme://host[:port], e.g. https://shop.example).");
        }
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
