namespace Reflekt.Reflection.Drift;

/// <summary>Rows over the window carrying one <c>schema_id</c>, and their share of the table's rows.</summary>
/// <param name="SchemaId">The <c>schema_id</c> value (null for rows without one).</param>
/// <param name="Rows">Rows in the window.</param>
/// <param name="Share">Rows divided by all rows in the window (0..1).</param>
/// <param name="Outdated">True when the MAJOR version is older than the latest schema's.</param>
public sealed record VersionShare(string? SchemaId, long Rows, double Share, bool Outdated);
