using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Reflekt.Json.Schema.Patterns;

/// <summary>
/// Compiled matchers for pattern, patternProperties and format "regex": ECMA-262 patterns translated
/// by <see cref="EcmaPattern"/>, compiled once per distinct pattern and shared by every schema (Regex is thread-safe).
/// </summary>
internal static class EcmaRegex
{
    private const int CacheLimit = 4096;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, PatternMatcher> Cache = new(StringComparer.Ordinal);

    /// <summary>The matcher for an ECMA-262 pattern; throws <see cref="EcmaPatternException"/> when the pattern is not valid ECMA-262.</summary>
    public static PatternMatcher Create(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        Regex regex;
        try
        {
            regex = Build(EcmaPattern.Translate(pattern));
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

        // Only a pattern the translator accepted gets the byte matcher, so it never sees invalid ECMA-262.
        return Cache.GetOrAdd(pattern, new PatternMatcher(regex, AsciiPattern.TryCreate(pattern)));
    }

    // Validation only asks "is there a match", which NonBacktracking answers in linear time with the same result;
    // it refuses lookarounds and backreferences, and those patterns are compiled to IL instead (a timeout guards them).
    private static Regex Build(string translated)
    {
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(translated, RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
        }
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
