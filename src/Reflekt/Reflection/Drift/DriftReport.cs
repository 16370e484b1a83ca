using Reflekt.Diagnostics;

namespace Reflekt.Reflection.Drift;

/// <summary>How one event table compares with its schemas, and how fresh it is.</summary>
/// <param name="Table">Warehouse table.</param>
/// <param name="SchemaId">Latest schema <c>$id</c> describing the table; null for an unclaimed table.</param>
/// <param name="Version">Latest schema version (<c>MAJOR-MINOR</c>), null for an unclaimed table.</param>
/// <param name="MissingTable">The table does not exist.</param>
/// <param name="DeclaredMissing">Columns the latest schema declares that the table lacks.</param>
/// <param name="Undeclared">Columns no schema version declares (standard loader columns excluded).</param>
/// <param name="TypeMismatches">Columns whose type cannot hold the declared type.</param>
/// <param name="VersionSkew">Rows per <c>schema_id</c> over the window (empty without the column).</param>
/// <param name="Stale">No events within the stale-after period.</param>
/// <param name="ValidThrough">Latest <c>received_at</c> ever seen.</param>
/// <param name="RowCount">Rows in the window.</param>
/// <param name="Revision">Current revision of the table's column set.</param>
/// <param name="Error">Error of the last reflection attempt, if it failed.</param>
/// <param name="Diagnostics">The findings above as diagnostics.</param>
public sealed record DriftReport(
    string Table,
    string? SchemaId,
    string? Version,
    bool MissingTable,
    IReadOnlyList<string> DeclaredMissing,
    IReadOnlyList<string> Undeclared,
    IReadOnlyList<TypeMismatch> TypeMismatches,
    IReadOnlyList<VersionShare> VersionSkew,
    bool Stale,
    DateTimeOffset? ValidThrough,
    long RowCount,
    int Revision,
    string? Error,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>One word for a catalogue badge: <c>error</c>, <c>missing_table</c>, <c>stale</c>, <c>drift</c> or <c>ok</c>.</summary>
    public string Status =>
        Error is not null ? "error"
        : MissingTable ? "missing_table"
        : Stale ? "stale"
        : Diagnostics.Count > 0 ? "drift"
        : "ok";
}
