using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses;

/// <summary>A connection to one warehouse source of a profile. Made by <see cref="WarehouseProviders.Connect"/>; safe to share, dispose when done.</summary>
public interface IWarehouse : IAsyncDisposable
{
    /// <summary>The profile source this warehouse connects to.</summary>
    SourceProfile Source { get; }

    /// <summary>Connects and runs <c>select 1</c>.</summary>
    /// <exception cref="ReflektException">The warehouse cannot be reached or refuses the credentials; the message says why.</exception>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one read-only query (catalog, reflection) and returns its small result as plain values in select-list
    /// order; REST warehouses return every cell as text, ADO.NET ones the driver's values.
    /// </summary>
    /// <param name="database">The address's database (a Snowflake database, a BigQuery project); ADO.NET sources are already connected to theirs.</param>
    /// <param name="sql">The statement, literals inlined.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ReflektException">The query failed; <see cref="ReflektException.IsTransient"/> says whether to retry.</exception>
    Task<IReadOnlyList<object?[]>> QueryAsync(string database, string sql, CancellationToken cancellationToken);
}
