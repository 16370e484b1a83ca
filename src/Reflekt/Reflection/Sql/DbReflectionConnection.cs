using System.Data.Common;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Runs reflection queries through ADO.NET (PostgreSQL, Redshift, SQLite), one pooled connection per query.</summary>
/// <remarks>Each query opens its own connection so that tables can be reflected in parallel.</remarks>
public sealed class DbReflectionConnection : IReflectionConnection
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private long _queries;

    /// <param name="sql">The dialect.</param>
    /// <param name="connectionFactory">Creates an unopened connection; the pool behind it is the caller's.</param>
    public DbReflectionConnection(ReflectionSql sql, Func<DbConnection> connectionFactory)
        : this(sql, async ct =>
        {
            var connection = connectionFactory();
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        })
    {
    }

    /// <param name="sql">The dialect.</param>
    /// <param name="opener">Returns an open connection (e.g. a profile warehouse's).</param>
    public DbReflectionConnection(ReflectionSql sql, Func<CancellationToken, Task<DbConnection>> opener)
    {
        Sql = sql;
        _open = opener;
    }

    public ReflectionSql Sql { get; }

    /// <summary>How many queries were sent (benchmarks report it).</summary>
    public long QueriesSent => Interlocked.Read(ref _queries);

    public async Task<IReadOnlyList<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _queries);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        return await DbRows.ReadAsync(connection, sql, cancellationToken).ConfigureAwait(false);
    }
}
