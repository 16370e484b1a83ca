using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection;

/// <summary>Folds a new observation into a table's snapshot, creating a revision only on a real change.</summary>
/// <remarks>
/// As DataJunction's refresh does: the identity of a revision is the set of (column, normalised type)
/// pairs, order ignored; a vanished table keeps its last columns and is flagged, and reappearing clears
/// the flag with a new revision. Freshness facts are merged (first seen = min, valid-through = max) so that
/// a window that no longer holds rows does not forget when the event last arrived.
/// </remarks>
public static class RevisionTracker
{
    /// <summary>The snapshot after a successful reflection of <paramref name="observed"/>.</summary>
    public static ReflectionSnapshot Apply(
        ReflectionSnapshot? previous, string source, string? schemaId, TableReflection observed, DateTimeOffset at)
    {
        var revision = previous?.Revision ?? 0;
        var history = previous?.History ?? [];
        var columns = observed.Exists ? observed.Columns : previous?.Columns ?? [];
        var change = Compare(previous, observed, revision + 1, at);
        if (change is not null)
        {
            revision = change.Revision;
            history = [.. history, change];
        }

        return new ReflectionSnapshot(
            source,
            observed.Table,
            schemaId,
            columns,
            !observed.Exists,
            observed.DayCounts,
            Min(previous?.FirstSeen, observed.FirstSeen),
            Max(previous?.ValidThrough, observed.ValidThrough),
            observed.RowCount,
            observed.SchemaIdCounts,
            at,
            at,
            revision,
            null,
            history);
    }

    /// <summary>The snapshot after a failed attempt: facts unchanged, the error and attempt time recorded.</summary>
    public static ReflectionSnapshot Fail(
        ReflectionSnapshot? previous, string source, string? schemaId, string table, string error, DateTimeOffset at) =>
        previous is null
            ? new ReflectionSnapshot(source, table, schemaId, [], false, [], null, null, 0, null, null, at, 0, error, [])
            : previous with { SchemaId = schemaId, LastAttemptAt = at, LastError = error };

    private static ReflectionChange? Compare(ReflectionSnapshot? previous, TableReflection observed, int next, DateTimeOffset at)
    {
        if (previous is null || previous.ReflectedAt is null)
        {
            return observed.Exists
                ? new ReflectionChange(next, at, [.. observed.Columns.Select(c => c.Name)], [], [], null)
                : new ReflectionChange(next, at, [], [], [], true);
        }

        if (!observed.Exists)
        {
            return previous.MissingTable ? null : new ReflectionChange(next, at, [], [], [], true);
        }

        var before = previous.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var after = observed.Columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
        string[] added = [.. observed.Columns.Where(c => !before.ContainsKey(c.Name)).Select(c => c.Name)];
        string[] removed = [.. previous.Columns.Where(c => !after.ContainsKey(c.Name)).Select(c => c.Name)];
        TypeChange[] changed =
        [
            .. observed.Columns
                .Where(c => before.TryGetValue(c.Name, out var old) && old.NormalizedType != c.NormalizedType)
                .Select(c => new TypeChange(c.Name, before[c.Name].RawType, c.RawType)),
        ];

        var reappeared = previous.MissingTable;
        if (added.Length == 0 && removed.Length == 0 && changed.Length == 0 && !reappeared)
        {
            return null;
        }

        return new ReflectionChange(next, at, added, removed, changed, reappeared ? false : null);
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
