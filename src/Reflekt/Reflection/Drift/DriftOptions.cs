namespace Reflekt.Reflection.Drift;

/// <summary>What drift analysis needs besides schemas and snapshots.</summary>
/// <param name="Now">The clock reading staleness is measured against.</param>
/// <param name="StaleAfter">An event is stale when nothing arrived for this long; null turns the check off.</param>
/// <param name="StandardColumns">Loader columns present on every event table, never governed by a schema
/// (from the SDK's naming: <c>id</c>, <c>received_at</c>, …).</param>
/// <param name="StandardPrefixes">Prefixes of loader columns never governed (e.g. <c>context_</c>).</param>
public sealed record DriftOptions(
    DateTimeOffset Now,
    TimeSpan? StaleAfter,
    IReadOnlySet<string> StandardColumns,
    IReadOnlyList<string> StandardPrefixes)
{
    /// <summary>The warehouse has no boolean type and keeps booleans as integers (SQLite).</summary>
    public bool BooleansAsIntegers { get; init; }

    /// <summary>True when <paramref name="column"/> is one the loader adds on its own.</summary>
    public bool IsStandard(string column) =>
        StandardColumns.Contains(column) || StandardPrefixes.Any(p => column.StartsWith(p, StringComparison.Ordinal));
}
