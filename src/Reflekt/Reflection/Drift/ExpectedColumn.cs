namespace Reflekt.Reflection.Drift;

/// <summary>A warehouse column that a schema property lands in, after naming and flattening.</summary>
/// <param name="Name">Column name as the loader creates it (e.g. <c>product_sku</c>).</param>
/// <param name="Property">JSON pointer of the declaring property in the schema (e.g. <c>/properties/product/properties/sku</c>).</param>
/// <param name="JsonTypes">JSON Schema types of the property (empty when unconstrained; "null" left out).</param>
/// <param name="Format">JSON Schema <c>format</c>, if any (a <c>date-time</c> string lands as a timestamp).</param>
public sealed record ExpectedColumn(string Name, string Property, IReadOnlyList<string> JsonTypes, string? Format = null);
