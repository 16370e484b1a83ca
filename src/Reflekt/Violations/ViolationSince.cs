using System.Globalization;

namespace Reflekt.Violations;

/// <summary>
/// The start of a violations window as written by a user or in <c>?since=</c>: a duration back from now
/// (<c>90m</c>, <c>24h</c>, <c>7d</c>) or an ISO-8601 moment (<c>2026-12-01T00:00:00Z</c>).
/// </summary>
public static class ViolationSince
{
    /// <exception cref="ReflektException">The text is neither a duration nor a moment.</exception>
    public static DateTimeOffset Parse(string text, DateTimeOffset now, string name = "--since")
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && char.IsAsciiLetter(trimmed[^1])
            && long.TryParse(trimmed[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? back = char.ToLowerInvariant(trimmed[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (back is { } span)
            {
                return now - span;
            }
        }
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment;
        }
        throw new ReflektException($"{name} \"{text}\" is neither a duration (90m, 24h, 7d) nor an ISO-8601 time (2026-12-01T00:00:00Z).");
    }
}
