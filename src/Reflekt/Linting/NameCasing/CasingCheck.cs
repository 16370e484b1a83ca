
using Reflekt.PythonCompat;
using Reflekt.Projects;

namespace Reflekt.Linting.NameCasing;

/// <summary>
/// Upstream's casing verdict: a name passes when the convention's transform leaves it unchanged.
/// Unlike upstream, digits are not stripped here; whether digits are allowed is the numbers rule's business.
/// </summary>
public static class CasingCheck
{
    /// <summary>What the name would have to be to satisfy <paramref name="casing"/>.</summary>
    public static string Expected(string name, Casing casing) => casing switch
    {
        Casing.Snake => Inflection.Underscore(name).Replace(' ', '_'),
        Casing.Camel => Inflection.Camelize(name, uppercaseFirstLetter: false).Replace(" ", ""),
        Casing.Pascal => Inflection.Camelize(name).Replace(" ", ""),
        Casing.Title => Inflection.Titleize(name),
        Casing.Any => name,
        _ => throw new ArgumentOutOfRangeException(nameof(casing), casing, null),
    };

    /// <summary>True when <paramref name="name"/> already has the casing.</summary>
    public static bool Matches(string name, Casing casing) => casing switch
    {
        Casing.Any => true,
        // Fast path, equivalent to underscore(name) == name: nothing to lower-case, no space, no '-'.
        Casing.Snake => !name.Any(c => c is ' ' or '-' || char.ToLowerInvariant(c) != c),
        _ => string.Equals(Expected(name, casing), name, StringComparison.Ordinal),
    };

    /// <summary>True when the name contains a digit (any Unicode decimal digit, like Python's <c>isdigit</c>).</summary>
    public static bool ContainsDigit(string name) => name.Any(char.IsDigit);

    /// <summary>The YAML spelling of a casing, as messages print it.</summary>
    public static string Display(Casing casing) => casing.ToString().ToLowerInvariant();
}
