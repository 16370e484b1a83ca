using System.Data.Common;

namespace Reflekt.Warehouses.Catalog;

/// <summary>
/// Takes the catalog snapshot of a source schema from any warehouse with the warehouse's one catalog query
/// (<see cref="Sql.ReflectionSql.CatalogQuery"/>), the same query reflection reads, so a dbt build and a drift
/// check always see the same tables: base tables only, never views.
/// </summary>
public static class WarehouseCatalog
{
    /// <exception cref="ReflektException">The warehouse is unreachable, refuses the credentials or rejects the query.</exception>
    public static Task<CatalogSnapshot> SnapshotAsync(IWarehouse warehouse, SourceAddress address, CancellationToken cancellationToken)
    {
        var provider = WarehouseProviders.For(warehouse.Source);
        return SnapshotAsync(provider, provider.Locate(warehouse.Source, address),
            (sql, ct) => warehouse.QueryAsync(address.Database, sql, ct), cancellationToken);
    }

    /// <summary>The schemas of the address's database (<see cref="Sql.ReflectionSql.SchemasQuery"/>), sorted.</summary>
    public static async Task<IReadOnlyList<string>> SchemasAsync(IWarehouse warehouse, SourceAddress address, CancellationToken cancellationToken)
    {
        var provider = WarehouseProviders.For(warehouse.Source);
        var located = provider.Locate(warehouse.Source, address);
        var rows = await warehouse.QueryAsync(address.Database, provider.Queries.SchemasQuery(located), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => Text(r[0])).Order(StringComparer.Ordinal)];
    }

    /// <summary>The snapshot over an open ADO.NET connection of a provider's warehouse (tests, benchmarks): the same query.</summary>
    public static Task<CatalogSnapshot> ReadAsync(DbConnection connection, WarehouseProvider provider, SourceAddress address, CancellationToken cancellationToken) =>
        SnapshotAsync(provider, address, (sql, ct) => DbRows.ReadAsync(connection, sql, ct), cancellationToken);

    private static async Task<CatalogSnapshot> SnapshotAsync(
        WarehouseProvider provider, SourceAddress address, Func<string, CancellationToken, Task<IReadOnlyList<object?[]>>> query, CancellationToken cancellationToken)
    {
        var sql = provider.Queries.CatalogQuery(address);
        // A failure already names the source (and the warehouse's reason); nothing to add.
        var rows = await query(sql, cancellationToken).ConfigureAwait(false);
        return CatalogSnapshot.FromRows(address.Database, address.Schema, provider.Dialect.Capabilities,
            rows.Select(r => (Text(r[0]), Text(r[1]), Text(r[2]))));
    }

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
