namespace Reflekt.Linting.Casing;

/// <summary>
/// Upstream's casing verdict: a name passes when the convention's transform leaves it unchanged.
/// Unlike upstream, digits are not stripped here; whether digits are allowed is the numbers rule's business.
/// </summary>
public static class CasingCheck
{
    /// <summary>What the name would have to be to satisfy <paramref name="casing"/>.</summary>
    public static string Expected(string name, CaseStyle casing) => casing switch
    {
        CaseStyle.Snake => Inflection.Underscore(name).Replace(' ', '_'),
        CaseStyle.Camel => Inflection.Camelize(name, uppercaseFirstLetter: false).Replace(" ", ""),
        CaseStyle.Pascal => Inflection.Camelize(name).Replace(" ", ""),
        CaseStyle.Title => Inflection.Titleize(name),
        CaseStyle.Any => name,
        _ => throw new ArgumentOutOfRangeException(nameof(casing), casing, null),
    };

    /// <summary>True when <paramref name="name"/> already has the casing.</summary>
    public static bool Matches(string name, CaseStyle casing) =>
        string.Equals(Expected(name, casing), name, StringComparison.Ordinal);

    /// <summary>True when the name contains a digit (Python `isdigit`-like: any Unicode decimal digit).</summary>
    public static bool ContainsDigit(string name) => name.Any(char.IsDigit);

    /// <summary>Parses the YAML `casing:` value (snake|camel|pascal|title|any), or null when unknown.</summary>
    public static CaseStyle? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "snake" => CaseStyle.Snake,
        "camel" => CaseStyle.Camel,
        "pascal" => CaseStyle.Pascal,
        "title" => CaseStyle.Title,
        "any" => CaseStyle.Any,
        _ => null,
    };
}
