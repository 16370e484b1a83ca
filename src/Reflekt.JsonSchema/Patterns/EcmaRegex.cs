using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// Compiled regular expressions for pattern, patternProperties and format "regex": ECMA-262 patterns translated
/// by <see cref="EcmaPattern"/>, compiled once per distinct pattern and shared by every schema (Regex is thread-safe).
/// </summary>
internal static class EcmaRegex
{
    private const int CacheLimit = 4096;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>The regex for an ECMA-262 pattern; throws <see cref="EcmaPatternException"/> when the pattern is not valid ECMA-262.</summary>
    public static Regex Create(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex regex;
        try
        {
            regex = new Regex(EcmaPattern.Translate(pattern), RegexOptions.CultureInvariant, Timeout);
        }
        catch (ArgumentException e)
        {
            // The translation is valid ECMA-262 that .NET still refuses (e.g. a "$" in a group name).
            throw new EcmaPatternException(0, e.Message);
        }

        // A long-running registry compiles schemas it is sent: keep the cache bounded rather than growing forever.
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(pattern, regex);
    }

    /// <summary>format "regex": the string is a valid ECMA-262 pattern.</summary>
    public static bool IsValid(string pattern)
    {
        try
        {
            Create(pattern);
            return true;
        }
        catch (EcmaPatternException)
        {
            return false;
        }
    }
}
