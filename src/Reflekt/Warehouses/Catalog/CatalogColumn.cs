namespace Reflekt.Warehouses.Catalog;

/// <summary>A column as the warehouse stores it.</summary>
/// <param name="Name">Physical name, exactly as information_schema reports it.</param>
/// <param name="DataType">Warehouse type name (<c>character varying</c>, <c>VARCHAR</c>, <c>STRING</c>…).</param>
public sealed record CatalogColumn(string Name, string DataType);
