using System.Data.Common;

namespace Reflekt.Warehouses;

/// <summary>Runs a query on an open ADO.NET connection and reads every row as plain values.</summary>
public static class DbRows
{
    /// <summary>All rows of <paramref name="sql"/>, DBNull as null.</summary>
    public static async Task<IReadOnlyList<object?[]>> ReadAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // The caller's token carries any timeout; the driver's own timeout must not cut in first.
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
