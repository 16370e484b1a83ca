using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Runs reflection queries on one warehouse; rows come back as plain values in select-list order.</summary>
public interface IReflectionConnection
{
    /// <summary>The dialect the queries are written in.</summary>
    ReflectionSql Sql { get; }

    /// <summary>Runs <paramref name="sql"/> and returns its (small, aggregated) result.</summary>
    Task<IReadOnlyList<object?[]>> QueryAsync(string sql, CancellationToken cancellationToken);
}
