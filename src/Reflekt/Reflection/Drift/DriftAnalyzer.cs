using System.Text.RegularExpressions;
using Reflekt.Diagnostics;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Drift;

/// <summary>Compares reflected tables with what their schemas declare (pure: no warehouse, no clock).</summary>
public static partial class DriftAnalyzer
{
    /// <summary>One report per expected event, then one per unclaimed event table, in that order.</summary>
    /// <param name="expectations">Selected events and their expected columns.</param>
    /// <param name="snapshots">Snapshots of the expected tables, by table name (case-insensitive).</param>
    /// <param name="unclaimed">Snapshots of event tables in the source that no schema describes.</param>
    /// <param name="options">Clock, stale-after and standard columns.</param>
    public static IReadOnlyList<DriftReport> Analyze(
        IReadOnlyList<EventExpectation> expectations,
        IReadOnlyDictionary<string, ReflectionSnapshot> snapshots,
        IReadOnlyList<ReflectionSnapshot> unclaimed,
        DriftOptions options)
    {
        var reports = new List<DriftReport>();
        foreach (var expectation in expectations)
        {
            reports.Add(snapshots.TryGetValue(expectation.Table, out var snapshot)
                ? Compare(expectation, snapshot, options)
                : NotReflected(expectation));
        }

        foreach (var snapshot in unclaimed.OrderBy(s => s.Table, StringComparer.Ordinal))
        {
            reports.Add(Unclaimed(snapshot, options));
        }

        return reports;
    }

    private static DriftReport Compare(EventExpectation expectation, ReflectionSnapshot snapshot, DriftOptions options)
    {
        var table = snapshot.Table;
        var version = VersionOf(expectation.SchemaId);
        var report = Empty(table, expectation.SchemaId, version, snapshot);
        if (snapshot.LastError is { } error)
        {
            return report with
            {
                Diagnostics = [DriftRules.Create(DriftRules.ReflectionError, DriftRules.ReflectionErrorMessage(table, error), expectation.File)],
            };
        }

        if (snapshot.MissingTable)
        {
            return report with
            {
                Diagnostics =
                [
                    DriftRules.Create(DriftRules.MissingTable, DriftRules.MissingTableMessage(table, expectation.SchemaId), expectation.File),
                ],
            };
        }

        var diagnostics = new List<Diagnostic>();
        var columns = snapshot.Columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

        var missing = new List<string>();
        var mismatches = new List<TypeMismatch>();
        foreach (var expected in Distinct(expectation.Latest))
        {
            if (!columns.TryGetValue(expected.Name, out var actual))
            {
                missing.Add(expected.Name);
                diagnostics.Add(DriftRules.Create(DriftRules.DeclaredMissing,
                    DriftRules.DeclaredMissingMessage(table, expected.Name, expected.Property), expectation.File, expected.Property));
            }
            else if (!TypeCompatibility.Fits(expected.JsonTypes, expected.Format, actual.NormalizedType, options.BooleansAsIntegers))
            {
                var described = TypeCompatibility.Describe(expected.JsonTypes, expected.Format);
                mismatches.Add(new TypeMismatch(actual.Name, described, actual.RawType, actual.NormalizedType));
                diagnostics.Add(DriftRules.Create(DriftRules.TypeMismatch,
                    DriftRules.TypeMismatchMessage(table, actual.Name, described, actual), expectation.File, expected.Property));
            }
        }

        var declared = new HashSet<string>(expectation.AllVersions.Select(c => c.Name).Concat(expectation.Latest.Select(c => c.Name)),
            StringComparer.OrdinalIgnoreCase);
        var undeclared = new List<string>();
        foreach (var column in snapshot.Columns)
        {
            if (!declared.Contains(column.Name) && !options.IsStandard(column.Name.ToLowerInvariant()))
            {
                undeclared.Add(column.Name);
                diagnostics.Add(DriftRules.Create(DriftRules.UndeclaredColumn,
                    DriftRules.UndeclaredColumnMessage(table, column.Name), expectation.File));
            }
        }

        var skew = Skew(snapshot, expectation.SchemaId);
        foreach (var share in skew.Where(s => s.Outdated))
        {
            diagnostics.Add(DriftRules.Create(DriftRules.VersionSkew,
                DriftRules.VersionSkewMessage(table, share.SchemaId!, share.Rows, share.Share, expectation.SchemaId), expectation.File));
        }

        var stale = IsStale(snapshot, options);
        if (stale)
        {
            diagnostics.Add(DriftRules.Create(DriftRules.Stale,
                DriftRules.StaleMessage(table, snapshot.ValidThrough, options.StaleAfter!.Value), expectation.File));
        }

        return report with
        {
            DeclaredMissing = missing,
            Undeclared = undeclared,
            TypeMismatches = mismatches,
            VersionSkew = skew,
            Stale = stale,
            Diagnostics = diagnostics,
        };
    }

    private static DriftReport Unclaimed(ReflectionSnapshot snapshot, DriftOptions options)
    {
        var report = Empty(snapshot.Table, null, null, snapshot);
        if (snapshot.LastError is { } error)
        {
            return report with
            {
                Diagnostics = [DriftRules.Create(DriftRules.ReflectionError, DriftRules.ReflectionErrorMessage(snapshot.Table, error))],
            };
        }

        var undeclared = snapshot.Columns.Where(c => !options.IsStandard(c.Name.ToLowerInvariant())).Select(c => c.Name).ToArray();
        return report with
        {
            Undeclared = undeclared,
            Diagnostics = [DriftRules.Create(DriftRules.UnclaimedTable, DriftRules.UnclaimedTableMessage(snapshot.Table))],
        };
    }

    private static DriftReport NotReflected(EventExpectation expectation) =>
        new(expectation.Table, expectation.SchemaId, VersionOf(expectation.SchemaId), true, [], [], [], [], false, null, 0, 0, null,
            [DriftRules.Create(DriftRules.MissingTable, DriftRules.MissingTableMessage(expectation.Table, expectation.SchemaId), expectation.File)]);

    private static DriftReport Empty(string table, string? schemaId, string? version, ReflectionSnapshot snapshot) =>
        new(table, schemaId, version, snapshot.MissingTable, [], [], [], [], false, snapshot.ValidThrough, snapshot.RowCount,
            snapshot.Revision, snapshot.LastError, []);

    private static bool IsStale(ReflectionSnapshot snapshot, DriftOptions options) =>
        options.StaleAfter is { } after
        && snapshot.Columns.Any(c => c.Name.Equals("received_at", StringComparison.OrdinalIgnoreCase))
        && (snapshot.ValidThrough is not { } through || options.Now - through > after);

    private static IReadOnlyList<VersionShare> Skew(ReflectionSnapshot snapshot, string latestSchemaId)
    {
        if (snapshot.SchemaIdCounts is not { Count: > 0 } counts)
        {
            return [];
        }

        var total = counts.Sum(c => c.Rows);
        var latestMajor = MajorOf(latestSchemaId);
        return
        [
            .. counts
                .OrderBy(c => c.SchemaId ?? "", StringComparer.Ordinal)
                .Select(c => new VersionShare(c.SchemaId, c.Rows, total == 0 ? 0 : (double)c.Rows / total,
                    c.SchemaId is not null && MajorOf(c.SchemaId) is { } major && latestMajor is { } latest && major < latest)),
        ];
    }

    private static IEnumerable<ExpectedColumn> Distinct(IReadOnlyList<ExpectedColumn> columns) =>
        columns.DistinctBy(c => c.Name, StringComparer.OrdinalIgnoreCase);

    private static string? VersionOf(string schemaId)
    {
        var match = VersionPattern().Match(schemaId);
        return match.Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}" : null;
    }

    private static int? MajorOf(string schemaId)
    {
        var match = VersionPattern().Match(schemaId);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // Reflekt's $id layout is <plan>/<Event_Name>/<MAJOR>-<MINOR>.json (upstream-reflekt.md, registry spec A.7).
    [GeneratedRegex(@"/(\d+)-(\d+)(?:\.json)?$")]
    private static partial Regex VersionPattern();
}
