using Reflekt.Reflection;

namespace Reflekt.Docs.Model;

/// <summary>The latest reflection of an event's table: columns against the schema, drift, freshness and daily volume.</summary>
/// <param name="Table">The warehouse table.</param>
/// <param name="Status">The drift status (<c>ok</c>, <c>stale</c>, <c>drift</c>, <c>missing_table</c>, <c>error</c>).</param>
/// <param name="ReflectedAt">When it was reflected (UTC, ISO 8601), or null.</param>
/// <param name="ValidThrough">Latest <c>received_at</c> seen (UTC, ISO 8601), or null.</param>
/// <param name="RowCount">Rows over the window.</param>
/// <param name="Days">Rows per day over the window, oldest first, days without rows included as 0.</param>
/// <param name="Columns">Each warehouse or schema column, with where it appears.</param>
/// <param name="Findings">The drift findings, one line each.</param>
public sealed record EventReflection(
    string Table,
    string Status,
    string? ReflectedAt,
    string? ValidThrough,
    long RowCount,
    IReadOnlyList<DayCount> Days,
    IReadOnlyList<ReflectedColumnRow> Columns,
    IReadOnlyList<string> Findings);

/// <summary>A column of the reflected table compared with the latest schema.</summary>
/// <param name="Name">Column name.</param>
/// <param name="WarehouseType">Type as the warehouse reports it; null when the table lacks the column.</param>
/// <param name="InSchema">The latest schema declares it.</param>
public sealed record ReflectedColumnRow(string Name, string? WarehouseType, bool InSchema);
