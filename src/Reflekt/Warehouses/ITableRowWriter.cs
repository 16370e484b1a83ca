namespace Reflekt.Warehouses;

/// <summary>
/// Loads rows into one table (the demo and test warehouses are filled this way). Rows may be buffered until
/// <see cref="FlushAsync"/>; values are in the column order the writer was made with, null for SQL NULL.
/// </summary>
public interface ITableRowWriter : IAsyncDisposable
{
    /// <summary>Adds one row.</summary>
    ValueTask AddAsync(object?[] row, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
