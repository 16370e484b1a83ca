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

        // The translation checks the pattern is valid ECMA-262, and a parse (the interpreter's, cheap) that .NET accepts
        // it. The matcher itself is built on first use: NonBacktracking takes tens of milliseconds to build cold, which
        // a CLI would pay at start for the project schema's patterns of settings it may not even have. A pattern of the
        // simple anchored shapes never needs a Regex: its byte matcher answers alone.
        var translated = EcmaPattern.Translate(pattern);
        var ascii = AsciiPattern.TryCreate(pattern);
        if (ascii is null)
        {
            try
            {
                _ = new Regex(translated, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                // The translation is valid ECMA-262 that .NET still refuses (e.g. a "$" in a group name).
                throw new EcmaPatternException(0, e.Message);
            }
        }

        // A long-running registry compiles schemas it is sent: keep the cache bounded rather than growing forever.
        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        // Only a pattern the translator accepted gets the byte matcher, so it never sees invalid ECMA-262.
        return Cache.GetOrAdd(pattern, ascii is not null ? new PatternMatcher(ascii) : new PatternMatcher(new Lazy<Regex>(() => Build(translated))));
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
