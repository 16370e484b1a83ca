using System.Globalization;
using System.Text.RegularExpressions;

namespace Reflekt.Projects;

/// <summary>An incremental model's lookback window on <c>received_at</c>, e.g. <c>3 days</c>.</summary>
public sealed partial record DbtLookback(int Count, DbtFreshnessPeriod Unit)
{
    /// <summary>3 days: Segment and RudderStack redeliver within hours, warehouses reload within a day or two.</summary>
    public static DbtLookback Default { get; } = new(3, DbtFreshnessPeriod.Day);

    /// <summary>Reads <c>&lt;count&gt; minute(s)|hour(s)|day(s)</c>, or null when the text is not of that form.</summary>
    public static DbtLookback? Parse(string text)
    {
        var match = Form().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups[2].Value switch
        {
            "minute" => DbtFreshnessPeriod.Minute,
            "hour" => DbtFreshnessPeriod.Hour,
            _ => DbtFreshnessPeriod.Day,
        };
        return count > 0 ? new DbtLookback(count, unit) : null;
    }

    /// <summary>The unit's plural name: <c>days</c>.</summary>
    public string UnitName => Unit.ToString().ToLowerInvariant() + "s";

    public override string ToString() => $"{Count} {UnitName}";

    [GeneratedRegex(@"^([0-9]{1,6})\s+(minute|hour|day)s?$")]
    private static partial Regex Form();
}
