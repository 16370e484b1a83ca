using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Catalog;

/// <summary>
/// Every table and column of one source schema, read once up front (one information_schema query), so a build
/// or a drift check answers from memory however many events it covers.
/// </summary>
public sealed class CatalogSnapshot
{
    private readonly Dictionary<string, CatalogTable> _byKey;

    public CatalogSnapshot(
        string database,
        string schema,
        WarehouseCapabilities capabilities,
        IEnumerable<KeyValuePair<string, IReadOnlyList<CatalogColumn>>> tables)
    {
        Database = database;
        Schema = schema;
        Capabilities = capabilities;
        _byKey = new Dictionary<string, CatalogTable>(StringComparer.Ordinal);
        var all = new List<CatalogTable>();
        foreach (var (name, columns) in tables)
        {
            var table = new CatalogTable(name, columns, capabilities);
            all.Add(table);
            _byKey.TryAdd(capabilities.MatchKey(name), table);
        }

        Tables = all;
    }

    public string Database { get; }

    public string Schema { get; }

    public WarehouseCapabilities Capabilities { get; }

    public IReadOnlyList<CatalogTable> Tables { get; }

    /// <summary>The table a lower-case snake name refers to, or null when the schema has no such table.</summary>
    public CatalogTable? Find(string table) => _byKey.GetValueOrDefault(table);

    /// <summary>Builds a snapshot from (table, column, type) rows in any order, keeping ordinal order per table.</summary>
    public static CatalogSnapshot FromRows(
        string database,
        string schema,
        WarehouseCapabilities capabilities,
        IEnumerable<(string Table, string Column, string DataType)> rows)
    {
        var tables = new Dictionary<string, List<CatalogColumn>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (table, column, type) in rows)
        {
            if (!tables.TryGetValue(table, out var columns))
            {
                tables[table] = columns = [];
                order.Add(table);
            }

            columns.Add(new CatalogColumn(column, type));
        }

        return new CatalogSnapshot(
            database,
            schema,
            capabilities,
            order.Select(t => new KeyValuePair<string, IReadOnlyList<CatalogColumn>>(t, tables[t])));
    }
}
