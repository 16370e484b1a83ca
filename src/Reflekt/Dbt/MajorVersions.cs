using Reflekt.Schemas;

namespace Reflekt.Dbt;

/// <summary>
/// What a table without a <c>schema_id</c> column gets (docs/dbt.md, "Versions"): its rows cannot name their version,
/// so it gets one model per MAJOR (the latest MINOR's columns, since a MINOR only adds optional properties) instead of
/// one per version, and each row is attributed to exactly one MAJOR so that the MAJOR models partition the table.
/// </summary>
internal static class MajorVersions
{
    /// <summary>
    /// The latest MINOR of each MAJOR of one table's versions, oldest MAJOR first. The newest MAJOR's model keeps the
    /// name the version always had (<c>__v2_1</c>); an older MAJOR's is <c>__v&lt;M&gt;</c>. A version without a
    /// MAJOR-MINOR number is its own MAJOR and keeps its name.
    /// </summary>
    public static List<MajorModel> Plan(IReadOnlyList<DbtSchemaInput> versions)
    {
        var majors = versions
            .GroupBy(v => VersionOf(v)?.Major.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? v.Id, StringComparer.Ordinal)
            .Select(g => g.OrderBy(v => VersionOf(v) ?? default).ThenBy(v => v.Id, StringComparer.Ordinal).Last())
            .OrderBy(v => VersionOf(v) ?? default)
            .ThenBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        return
        [
            .. majors.Select((v, i) => new MajorModel(
                v,
                i == majors.Count - 1 || VersionOf(v) is not { } version ? DbtModelName.VersionSuffix(v.Id) : DbtModelName.MajorSuffix(version.Major),
                VersionOf(v)?.ToString() ?? v.Schema.VersionText)),
        ];
    }

    // The version the model name is made of (the file name, as DbtModelName does), else the declared one.
    private static SchemaVersion? VersionOf(DbtSchemaInput input) => SchemaVersion.FromFileName(input.Id) ?? input.Schema.Version;

    /// <summary>
    /// The condition keeping MAJOR <paramref name="index"/>'s rows: a row belongs to the newest MAJOR whose required
    /// properties it all has (a row lacking one cannot be a valid event of that MAJOR), and to the oldest when it has
    /// no newer MAJOR's. Null when every row qualifies; <c>1 = 0</c> when none can.
    /// </summary>
    /// <param name="required">Per MAJOR, oldest first, the quoted raw columns of its required properties, or null when
    /// one of them is not in the table (no row can be that MAJOR's).</param>
    /// <param name="index">The MAJOR whose rows are wanted.</param>
    public static string? Attribution(IReadOnlyList<IReadOnlyList<string>?> required, int index)
    {
        var conditions = new List<string>();
        if (index > 0)
        {
            if (required[index] is not { } own)
            {
                return "1 = 0";
            }

            conditions.AddRange(own.Select(c => $"{c} is not null"));
        }

        for (var newer = index + 1; newer < required.Count; newer++)
        {
            switch (required[newer])
            {
                case null:
                    break; // no row can be that MAJOR's
                case { Count: 0 }:
                    return "1 = 0"; // every row is that MAJOR's
                case { } columns:
                    conditions.Add(columns.Count == 1
                        ? $"{columns[0]} is null"
                        : $"not ({string.Join(" and ", columns.Select(c => $"{c} is not null"))})");
                    break;
            }
        }

        return conditions.Count == 0 ? null : string.Join(" and ", conditions);
    }
}

/// <summary>One MAJOR's model: the version whose columns it has, its name suffix, and its <c>schema_version</c> text.</summary>
internal sealed record MajorModel(DbtSchemaInput Input, string Suffix, string VersionText);
