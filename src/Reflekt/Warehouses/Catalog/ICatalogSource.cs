using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Catalog;

/// <summary>A warehouse that can snapshot a source schema's tables and columns in one metadata query.</summary>
public interface ICatalogSource
{
    /// <summary>Every table and column of <paramref name="schema"/> in <paramref name="database"/>.</summary>
    /// <exception cref="ReflektException">The warehouse is unreachable, refuses the credentials or rejects the query.</exception>
    Task<CatalogSnapshot> SnapshotAsync(string database, string schema, CancellationToken cancellationToken);
}
