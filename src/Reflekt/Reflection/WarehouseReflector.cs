using System.Data.Common;
using Reflekt.Reflection.Sql;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection;

/// <summary>Asks a warehouse for reflection facts: one catalog query per source, one day aggregate per table.</summary>
/// <remarks>Never fetches rows: the aggregate returns at most (days in window × schema versions) rows.</remarks>
public sealed class WarehouseReflector
{
    private readonly IReflectionConnection _connection;
    private readonly ReflectionSettings _settings;

    public WarehouseReflector(IReflectionConnection connection, ReflectionSettings settings)
    {
        _connection = connection;
        _settings = settings.Validate();
    }

    /// <summary>Columns of every base table in the source schema, by table name (case-insensitive).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<ReflectedColumn>>> ReadCatalogAsync(
        SourceAddress source, CancellationToken cancellationToken)
    {
        var sql = _connection.Sql.CatalogQuery(_connection.Locate(source));
        var rows = await WithRetriesAsync(ct => _connection.QueryAsync(sql, ct), cancellationToken).ConfigureAwait(false);
        var tables = new Dictionary<string, List<ReflectedColumn>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var table = ResultValues.Text(row[0]);
            var rawType = ResultValues.Text(row[2]);
            var column = new ReflectedColumn(ResultValues.Text(row[1]), rawType,
                _connection.Sql.Types.Normalize(rawType, ResultValues.NullableInt(row[4])), (int)ResultValues.Long(row[3]));
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = [];
            }

            columns.Add(column);
        }

        return tables.ToDictionary(t => t.Key, t => (IReadOnlyList<ReflectedColumn>)[.. t.Value.OrderBy(c => c.Ordinal)],
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reflects one table with a timeout and retries; never throws for the table's own failure.</summary>
    /// <param name="source">The source schema.</param>
    /// <param name="table">Table name exactly as the catalog reports it.</param>
    /// <param name="columns">Its columns from the catalog, or null when the catalog does not list it.</param>
    /// <param name="today">The current UTC day; the window ends with it.</param>
    /// <param name="knownValidThrough">The latest event an earlier reflection saw, if any. When the window is empty and
    /// this is unknown, the table's latest event is asked for once, so a table that went quiet before the first
    /// reflection reports when it last had events instead of none at all.</param>
    /// <param name="cancellationToken">Cancels the whole run (not a timeout).</param>
    public async Task<TableOutcome> ReflectTableAsync(
        SourceAddress source, string table, IReadOnlyList<ReflectedColumn>? columns, DateOnly today,
        DateTimeOffset? knownValidThrough, CancellationToken cancellationToken)
    {
        source = _connection.Locate(source);
        if (columns is null)
        {
            return new TableOutcome(table, TableReflection.Missing(table), null);
        }

        var receivedAt = Find(columns, "received_at");
        if (receivedAt is null)
        {
            // Without received_at there is no day to group by; the columns are still worth recording.
            return new TableOutcome(table, new TableReflection(table, true, columns, [], null, null, null), null);
        }

        var schemaId = Find(columns, "schema_id");
        var sql = _connection.Sql.DayAggregate(source, table, receivedAt, schemaId, today.AddDays(1 - _settings.Days));
        try
        {
            var rows = await WithRetriesAsync(ct => _connection.QueryAsync(sql, ct), cancellationToken).ConfigureAwait(false);
            var observed = Fold(table, columns, rows, schemaId is not null);
            if (rows.Count == 0 && knownValidThrough is null)
            {
                observed = observed with { ValidThrough = await LatestEventAsync(source, table, receivedAt, cancellationToken).ConfigureAwait(false) };
            }
            return new TableOutcome(table, observed, null);
        }
        catch (ReflektException e)
        {
            return new TableOutcome(table, null, e.Message);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            // A received_at the warehouse cannot turn into a day (e.g. free text in SQLite) is this table's problem only.
            return new TableOutcome(table, null, $"unreadable aggregate result: {e.Message}");
        }
    }

    private async Task<DateTimeOffset?> LatestEventAsync(SourceAddress source, string table, string receivedAt, CancellationToken cancellationToken)
    {
        var sql = _connection.Sql.LatestEvent(source, table, receivedAt);
        var rows = await WithRetriesAsync(ct => _connection.QueryAsync(sql, ct), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 || rows[0][0] is null or DBNull ? null : ResultValues.Timestamp(rows[0][0]);
    }

    private static TableReflection Fold(string table, IReadOnlyList<ReflectedColumn> columns, IReadOnlyList<object?[]> rows, bool hasSchemaId)
    {
        var days = new SortedDictionary<DateOnly, long>();
        var versions = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long unversioned = 0;
        DateTimeOffset? first = null, last = null;
        foreach (var row in rows)
        {
            var day = ResultValues.Day(row[0]);
            var count = ResultValues.Long(row[2]);
            days[day] = days.GetValueOrDefault(day) + count;
            if (row[1] is { } version)
            {
                var key = ResultValues.Text(version);
                versions[key] = versions.GetValueOrDefault(key) + count;
            }
            else
            {
                unversioned += count;
            }

            var min = ResultValues.Timestamp(row[3]);
            var max = ResultValues.Timestamp(row[4]);
            first = first is null || min < first ? min : first;
            last = last is null || max > last ? max : last;
        }

        IReadOnlyList<SchemaIdCount>? schemaIds = null;
        if (hasSchemaId)
        {
            var counts = versions.Select(v => new SchemaIdCount(v.Key, v.Value)).ToList();
            if (unversioned > 0)
            {
                counts.Insert(0, new SchemaIdCount(null, unversioned));
            }

            schemaIds = counts;
        }

        return new TableReflection(table, true, columns, [.. days.Select(d => new DayCount(d.Key, d.Value))], first, last, schemaIds);
    }

    private static string? Find(IReadOnlyList<ReflectedColumn> columns, string name) =>
        columns.FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Name;

    // One attempt = one query under its own timeout; transient failures and timeouts are retried with
    // exponential backoff. The last failure becomes a ReflektException carrying a message a user can read.
    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_settings.TableTimeout);
            string error;
            bool transient;
            try
            {
                return await query(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                error = $"timed out after {_settings.TableTimeout.TotalSeconds:0.###}s";
                transient = true;
            }
            catch (DbException e)
            {
                error = e.Message;
                transient = e.IsTransient;
            }
            catch (ReflektException e)
            {
                error = e.Message;
                transient = e.IsTransient;
            }

            if (!transient || attempt >= _settings.Retries)
            {
                var tries = attempt + 1;
                throw new ReflektException(tries > 1 ? $"{error} (after {tries} attempts)" : error) { IsTransient = transient };
            }

            await Task.Delay(_settings.RetryBackoff * Math.Pow(2, attempt), cancellationToken).ConfigureAwait(false);
        }
    }
}
