namespace Reflekt.Schemas;

/// <summary>
/// What <c>--select</c> / <c>--exclude</c> ask for. Each value names a schema file or a folder under
/// <c>schemas/</c>; a leading <c>schemas/</c> and a trailing <c>.json</c> or <c>/</c> are optional.
/// No value selects everything.
/// </summary>
public sealed record SchemaSelection(IReadOnlyList<string> Select, IReadOnlyList<string> Exclude)
{
    /// <summary>Every schema of the catalog.</summary>
    public static SchemaSelection All { get; } = new([], []);

    /// <summary>Selects the given values (none → everything) minus the excluded ones.</summary>
    public static SchemaSelection Of(IEnumerable<string>? select, IEnumerable<string>? exclude = null) =>
        new((select ?? []).ToArray(), (exclude ?? []).ToArray());

    /// <summary>
    /// Normalises a select value to a path under <c>schemas/</c> without <c>.json</c>:
    /// <c>schemas/jaffle_shop/</c> → <c>jaffle_shop</c>, <c>schemas/a/Order_Completed/1-0.json</c> → <c>a/Order_Completed/1-0</c>.
    /// Unlike upstream, <c>schemas/</c> and <c>.json</c> are removed only as prefix and suffix.
    /// </summary>
    public static string Normalize(string value)
    {
        var path = value.Trim().Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        if (path is "schemas" or ".")
        {
            return "";
        }

        if (path.StartsWith("schemas/", StringComparison.Ordinal))
        {
            path = path["schemas/".Length..];
        }

        path = path.TrimEnd('/');
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^".json".Length];
        }

        return path.TrimEnd('/');
    }
}
