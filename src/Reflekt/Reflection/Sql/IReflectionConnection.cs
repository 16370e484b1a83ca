using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Runs reflection queries on one warehouse; rows come back as plain values in select-list order.</summary>
public interface IReflectionConnection
{
    /// <summary>The dialect the queries are written in.</summary>
    ReflectionSql Sql { get; }

    /// <summary>
    /// The address as this warehouse's queries must name it (a SQLite or DuckDB file's schema is <c>main</c>);
    /// the reflector asks, so no caller has to remember to.
    /// </summary>
    /// <exception cref="ReflektException">The schema cannot exist in the source.</exception>
    SourceAddress Locate(SourceAddress source) => source;

    /// <summary>Runs <paramref name="sql"/> and returns its (small, aggregated) result.</summary>
    Task<IReadOnlyList<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken);
}
