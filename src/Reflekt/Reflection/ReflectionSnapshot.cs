namespace Reflekt.Reflection;

/// <summary>The remembered state of one event table across reflections, with its revision history.</summary>
/// <param name="Table">Table name as the warehouse reports it.</param>
/// <param name="DayCounts">Rows per day over the window at the last successful reflection.</param>
/// <param name="SchemaIdCounts">Rows per schema_id over the window, null when the column does not exist.</param>
/// <param name="History">Every revision, oldest first.</param>
/// <param name="Source">Source key <c>&lt;id&gt;.&lt;database&gt;.&lt;schema&gt;</c>.</param>
/// <param name="SchemaId">The latest schema <c>$id</c> describing the table, or null for an unclaimed table.</param>
/// <param name="Columns">Last known columns; kept while the table is missing.</param>
/// <param name="MissingTable">The table was absent at the last successful reflection.</param>
/// <param name="FirstSeen">Earliest <c>received_at</c> ever seen (a minimum over reflections).</param>
/// <param name="ValidThrough">Latest <c>received_at</c> ever seen (a maximum over reflections).</param>
/// <param name="RowCount">Rows over the window at the last successful reflection.</param>
/// <param name="ReflectedAt">Last successful reflection, or null when every attempt failed.</param>
/// <param name="LastAttemptAt">Last attempt, successful or not.</param>
/// <param name="Revision">Current revision; bumped only when the column set or presence changes.</param>
/// <param name="LastError">Error of the last attempt, null after a success.</param>
public sealed record ReflectionSnapshot(
    string Source,
    string Table,
    string? SchemaId,
    IReadOnlyList<ReflectedColumn> Columns,
    bool MissingTable,
    IReadOnlyList<DayCount> DayCounts,
    DateTimeOffset? FirstSeen,
    DateTimeOffset? ValidThrough,
    long RowCount,
    IReadOnlyList<SchemaIdCount>? SchemaIdCounts,
    DateTimeOffset? ReflectedAt,
    DateTimeOffset LastAttemptAt,
    int Revision,
    string? LastError,
    IReadOnlyList<ReflectionChange> History);
