using Reflekt.Reflection.Sql;
using Reflekt.Reflection.Storage;
using Reflekt.Warehouses;

namespace Reflekt.Reflection;

/// <summary>One reflection of a source: catalog once, every target table in bounded parallel, revisions saved.</summary>
/// <remarks>
/// A table's failure (timeout, query error) is recorded in its snapshot and never stops the others; only a
/// failed catalog query fails the run, because without it no table can be judged present or missing.
/// </remarks>
public sealed class ReflectionRunner
{
    private readonly WarehouseReflector _reflector;
    private readonly ReflectionStore _store;
    private readonly ReflectionSettings _settings;

    public ReflectionRunner(IReflectionConnection connection, ReflectionStore store, ReflectionSettings settings)
    {
        _settings = settings.Validate();
        _reflector = new WarehouseReflector(connection, _settings);
        _store = store;
    }

    /// <summary>Reflects <paramref name="targets"/> and, for the whole source, every other event table of <paramref name="source"/>.</summary>
    /// <param name="source">The source schema.</param>
    /// <param name="targets">Tables the selected schemas describe.</param>
    /// <param name="nonEventTables">Tables of the layout that are not event tables (<c>tracks</c>, <c>users</c>…),
    /// never reported as unclaimed.</param>
    /// <param name="scope">Whether tables outside <paramref name="targets"/> are recorded as unclaimed.</param>
    /// <param name="at">The run's clock reading; the window ends on its UTC day.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public async Task<SourceReflection> RunAsync(
        SourceAddress source,
        IReadOnlyList<ReflectionTarget> targets,
        IReadOnlySet<string> nonEventTables,
        ReflectionScope scope,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var catalog = await _reflector.ReadCatalogAsync(source, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        var claimed = new HashSet<string>(targets.Select(t => t.Table), StringComparer.OrdinalIgnoreCase);

        var results = new ReflectionSnapshot[targets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, targets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _settings.Parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var target = targets[i];
                var name = catalog.Keys.FirstOrDefault(k => k.Equals(target.Table, StringComparison.OrdinalIgnoreCase)) ?? target.Table;
                var previous = await _store.LoadAsync(source.Key, target.Table, ct).ConfigureAwait(false);
                var outcome = await _reflector.ReflectTableAsync(source, name, catalog.GetValueOrDefault(name), today, previous?.ValidThrough, ct)
                    .ConfigureAwait(false);
                results[i] = await RecordAsync(previous, source, target.Table, target.SchemaId, outcome, at, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);

        var unclaimed = new List<ReflectionSnapshot>();
        foreach (var (table, columns) in catalog.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            // Outside the whole source a table no target names may belong to an unselected schema: leave its history alone.
            if (scope != ReflectionScope.WholeSource || claimed.Contains(table) || nonEventTables.Contains(table.ToLowerInvariant()))
            {
                continue;
            }

            // Unclaimed tables get their columns recorded from the catalog; no aggregate is spent on them.
            var outcome = new TableOutcome(table, new TableReflection(table, true, columns, [], null, null, null), null);
            var previous = await _store.LoadAsync(source.Key, table, cancellationToken).ConfigureAwait(false);
            unclaimed.Add(await RecordAsync(previous, source, table, null, outcome, at, cancellationToken).ConfigureAwait(false));
        }

        var byTable = new Dictionary<string, ReflectionSnapshot>(StringComparer.OrdinalIgnoreCase);
        foreach (var snapshot in results)
        {
            byTable[snapshot.Table] = snapshot;
        }

        return new SourceReflection(source.Key, at, byTable, unclaimed);
    }

    private async Task<ReflectionSnapshot> RecordAsync(ReflectionSnapshot? previous,
        SourceAddress source, string table, string? schemaId, TableOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var next = outcome.Observed is { } observed
            ? RevisionTracker.Apply(previous, source.Key, schemaId, observed with { Table = table }, at)
            : RevisionTracker.Fail(previous, source.Key, schemaId, table, outcome.Error ?? "unknown error", at);
        await _store.SaveAsync(next, cancellationToken).ConfigureAwait(false);
        return next;
    }
}
