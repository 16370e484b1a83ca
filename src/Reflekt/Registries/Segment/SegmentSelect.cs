namespace Reflekt.Registries.Segment;

/// <summary>
/// A Segment <c>--select</c>: <c>plan</c>, <c>plan/event</c> or <c>plan/event/MAJOR-MINOR</c>. For push the
/// event is the folder name (<c>Order_Completed</c>); for pull it is the exact Segment event name or call type.
/// </summary>
internal sealed record SegmentSelect(string Plan, string? Event, int? Major, int? Minor)
{
    private const string Forms = "Accepted forms: 'plan_name', 'plan_name/schema_name', 'plan_name/schema_name/schema_version'.";

    /// <summary>True when the select names a single event (push then upserts instead of replacing the plan).</summary>
    public bool IsSingleEvent => Event is not null;

    public static SegmentSelect Parse(string select, bool forPull)
    {
        var parts = select.Trim().Trim('/').Split('/');
        if (parts.Length == 0 || parts[0].Length == 0)
        {
            throw new ReflektException($"--select '{select}' names no Segment tracking plan. {Forms}");
        }

        if (parts.Length > 3)
        {
            throw new ReflektException($"--select '{select}' has more than 3 parts. {Forms}");
        }

        int? major = null, minor = null;
        if (parts.Length == 3)
        {
            var version = parts[2].EndsWith(".json", StringComparison.Ordinal) ? parts[2][..^5] : parts[2];
            var mm = version.Split('-');
            if (mm.Length != 2 || !int.TryParse(mm[0], out var ma) || !int.TryParse(mm[1], out var mi) || ma < 1 || mi < 0)
            {
                throw new ReflektException($"--select '{select}': '{parts[2]}' is not a schema version like 1-0. {Forms}");
            }

            if (forPull && mi != 0)
            {
                throw new ReflektException(
                    $"--select '{select}': Segment schema registry only supports MAJOR version numbers (e.g., MAJOR-0.json); pull '{ma}-0' instead.");
            }

            major = ma;
            minor = mi;
        }

        return new SegmentSelect(parts[0], parts.Length >= 2 ? parts[1] : null, major, minor);
    }
}
