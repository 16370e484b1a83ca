using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.Sql;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Warehouses.Catalog;

/// <summary>Takes the catalog snapshot of a source schema from any warehouse: one metadata query, whatever its size.</summary>
public static class WarehouseCatalog
{
    /// <exception cref="ReflektException">The warehouse is unreachable, refuses the credentials or rejects the query.</exception>
    public static async Task<CatalogSnapshot> SnapshotAsync(IWarehouse warehouse, string database, string schema, CancellationToken cancellationToken)
    {
        switch (warehouse)
        {
            case ICatalogSource source:
                return await source.SnapshotAsync(database, schema, cancellationToken).ConfigureAwait(false);
            case DbWarehouse db:
                var dialect = SqlDialects.For(warehouse.Source.Type);
                await using (var connection = await db.OpenAsync(cancellationToken).ConfigureAwait(false))
                {
                    try
                    {
                        return await DbCatalogReader.ReadAsync(
                            connection, dialect, database, schema, PhysicalSchema(warehouse.Source, schema), cancellationToken).ConfigureAwait(false);
                    }
                    catch (System.Data.Common.DbException e)
                    {
                        throw new ReflektException(
                            $"source '{warehouse.Source.Id}' ({warehouse.Source.Describe()}): catalog query for schema '{schema}' failed: {e.Message.ReplaceLineEndings(" ")}", e);
                    }
                }

            default:
                throw new ReflektException($"source '{warehouse.Source.Id}': warehouse type '{warehouse.Source.Type}' cannot list its tables");
        }
    }

    // A SQLite file has one schema, `main`; --source names it by the file's stem (warehouse/segment.db → segment),
    // which is also how dbt-sqlite attaches it.
    private static string? PhysicalSchema(SourceProfile source, string schema)
    {
        if (source is not SqliteSource sqlite)
        {
            return null;
        }

        if (schema == "main" || string.Equals(schema, Path.GetFileNameWithoutExtension(sqlite.Path), StringComparison.Ordinal))
        {
            return "main";
        }

        throw new ReflektException(
            $"source '{source.Id}': schema '{schema}' is not in {sqlite.Path}; a SQLite source has one schema, named 'main' or '{Path.GetFileNameWithoutExtension(sqlite.Path)}' after its file");
    }
}
