using Reflekt.Reflection;
using Reflekt.Reflection.Drift;

namespace Reflekt.Server.Reflection;

/// <summary>GET /reflections: the loop's state and one row per reflected table.</summary>
internal sealed record ReflectionListBody(
    bool Enabled, string? Source, bool Running, long CyclesStarted, CycleSummary? LastCycle, IReadOnlyList<ReflectionRowBody> Tables);

/// <summary>One table in GET /reflections.</summary>
internal sealed record ReflectionRowBody(
    string Table,
    string? SchemaId,
    string Status,
    int Revision,
    bool MissingTable,
    DateTimeOffset? ValidThrough,
    long RowCount,
    DateTimeOffset? ReflectedAt,
    DateTimeOffset LastAttemptAt,
    string? LastError,
    IReadOnlyList<Reflekt.Diagnostics.Diagnostic> Findings);

/// <summary>GET /reflections/{schema_id}: the table's snapshot (with history) and its drift report.</summary>
internal sealed record ReflectionDetailBody(ReflectionSnapshot Snapshot, DriftReport Drift);

/// <summary>POST /reflections/run answers.</summary>
internal sealed record RunBody(string Status, CycleSummary? Cycle);
