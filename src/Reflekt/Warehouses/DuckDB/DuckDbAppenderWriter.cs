using DuckDB.NET.Data;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>
/// Loads rows through DuckDB's appender, its bulk path: a parameterised insert costs milliseconds per statement
/// in DuckDB (10,000 demo events took 11 s that way, under 1 s appended).
/// </summary>
public sealed class DuckDbAppenderWriter(DuckDBConnection connection, string schema, string table) : ITableRowWriter
{
    private readonly DuckDBAppender _appender = connection.CreateAppender(schema, table);

    public ValueTask AddAsync(object?[] row, CancellationToken cancellationToken)
    {
        var appending = _appender.CreateRow();
        foreach (var value in row)
        {
            appending = value switch
            {
                null or DBNull => appending.AppendNullValue(),
                string s => appending.AppendValue(s),
                long l => appending.AppendValue(l),
                int i => appending.AppendValue((long)i),
                double d => appending.AppendValue(d),
                bool b => appending.AppendValue(b),
                DateTimeOffset t => appending.AppendValue(t),
                DateTime t => appending.AppendValue(t),
                _ => appending.AppendValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
            };
        }

        appending.EndRow();
        return ValueTask.CompletedTask;
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _appender.Close();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        _appender.Dispose();
        return ValueTask.CompletedTask;
    }
}
