using System.Data.Common;

namespace Reflekt.Warehouses.Sql;

/// <summary>
/// Buffered inserts into one table: rows go out as multi-row <c>insert … values (…), (…)</c> statements with bound
/// parameters, a round trip per hundred rows instead of per row.
/// </summary>
public sealed class SqlInsertWriter(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, string relation, IReadOnlyList<string> columns) : ITableRowWriter
{
    // 100 rows × ~30 columns stays far below every driver's parameter limit (SQLite 32,766; PostgreSQL 65,535).
    private const int BatchRows = 100;

    private readonly List<object?[]> _pending = [];
    private DbCommand? _fullBatch;

    public async ValueTask AddAsync(object?[] row, CancellationToken cancellationToken)
    {
        _pending.Add(row);
        if (_pending.Count == BatchRows)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var command = _pending.Count == BatchRows ? _fullBatch ??= Prepare(BatchRows) : Prepare(_pending.Count);
        for (var row = 0; row < _pending.Count; row++)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters[(row * columns.Count) + i].Value = _pending[row][i] ?? DBNull.Value;
            }
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _pending.Clear();
    }

    private DbCommand Prepare(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var tuples = Enumerable.Range(0, rows).Select(row =>
            "(" + string.Join(", ", columns.Select((_, i) => dialect.Parameter($"p{(row * columns.Count) + i}").Marker)) + ")");
        command.CommandText = $"insert into {relation} ({string.Join(", ", columns.Select(dialect.Identifier))}) values {string.Join(", ", tuples)}";
        for (var i = 0; i < rows * columns.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = dialect.Parameter($"p{i}").Name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullBatch is not null)
        {
            await _fullBatch.DisposeAsync().ConfigureAwait(false);
        }
    }
}
