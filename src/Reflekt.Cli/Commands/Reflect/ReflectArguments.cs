using System.Globalization;
using Reflekt.Reflection.Drift;

namespace Reflekt.Cli.Commands.Reflect;

/// <summary>Parses the option values that need more than System.CommandLine's typing (durations, --fail-on kinds).</summary>
internal static class ReflectArguments
{
    /// <summary><c>24h</c>, <c>90m</c>, <c>2d</c>, <c>30s</c> or a TimeSpan such as <c>1.00:00:00</c>.</summary>
    public static TimeSpan Duration(string option, string text)
    {
        var value = text.Trim();
        if (value.Length > 1 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            switch (char.ToLowerInvariant(value[^1]))
            {
                case 's': return TimeSpan.FromSeconds(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'd': return TimeSpan.FromDays(amount);
            }
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        throw new ReflektException($"Invalid argument '{option} {text}': expected a positive duration such as 24h, 90m, 2d");
    }

    /// <summary>The categories named by <c>--fail-on</c> (none when absent).</summary>
    public static IReadOnlySet<DriftCategory> FailOn(string? text)
    {
        var kinds = new HashSet<DriftCategory>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds.Add(part.ToLowerInvariant() switch
            {
                "drift" => DriftCategory.Drift,
                "stale" => DriftCategory.Stale,
                "error" => DriftCategory.Error,
                _ => throw new ReflektException($"Invalid argument '--fail-on {text}': '{part}' is not one of drift, stale, error"),
            });
        }

        return kinds;
    }
}
