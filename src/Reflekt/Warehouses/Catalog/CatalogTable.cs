using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Catalog;

/// <summary>A table of a catalog snapshot: its physical name and columns in ordinal order.</summary>
public sealed class CatalogTable
{
    private readonly Dictionary<string, CatalogColumn> _byKey;

    public CatalogTable(string name, IReadOnlyList<CatalogColumn> columns, WarehouseCapabilities capabilities)
    {
        Name = name;
        Columns = columns;
        _byKey = new Dictionary<string, CatalogColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            _byKey.TryAdd(capabilities.MatchKey(column.Name), column);
        }
    }

    /// <summary>Physical table name.</summary>
    public string Name { get; }

    public IReadOnlyList<CatalogColumn> Columns { get; }

    /// <summary>The column a lower-case snake name refers to (Snowflake's <c>ORDER_ID</c> for <c>order_id</c>).</summary>
    public CatalogColumn? Find(string name) => _byKey.GetValueOrDefault(name);
}
