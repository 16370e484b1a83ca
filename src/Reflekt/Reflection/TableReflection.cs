namespace Reflekt.Reflection;

/// <summary>What one reflection saw of one event table: columns, presence, day counts and freshness.</summary>
/// <param name="Table">Table name as the warehouse reports it.</param>
/// <param name="Exists">False when the catalog query found no such table.</param>
/// <param name="Columns">Columns in ordinal order (empty when the table is missing).</param>
/// <param name="DayCounts">Rows per day over the window, oldest first; days without rows are absent.</param>
/// <param name="FirstSeen">Earliest <c>received_at</c> inside the window.</param>
/// <param name="ValidThrough">Latest <c>received_at</c> inside the window; for a table with no rows in it that no
/// earlier reflection saw events in, its latest <c>received_at</c> ever (null when it has none).</param>
/// <param name="SchemaIdCounts">Rows per <c>schema_id</c> over the window; null when the column does not exist.</param>
public sealed record TableReflection(
    string Table,
    bool Exists,
    IReadOnlyList<ReflectedColumn> Columns,
    IReadOnlyList<DayCount> DayCounts,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? ValidThrough,
    IReadOnlyList<SchemaIdCount>? SchemaIdCounts)
{
    /// <summary>Total rows over the window.</summary>
    public long RowCount => DayCounts.Sum(d => d.Rows);

    /// <summary>A table the catalog does not list.</summary>
    public static TableReflection Missing(string table) => new(table, false, [], [], null, null, null);
}
