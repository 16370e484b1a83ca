using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses;

/// <summary>
/// Where an address's schema lives in a single-file warehouse (SQLite, DuckDB): the file's tables are in
/// <c>main</c>, and the address names that schema <c>main</c> or by the file's stem (warehouse/segment.db → segment),
/// which is also how dbt-sqlite and dbt-duckdb attach a file.
/// </summary>
public static class FileSchema
{
    /// <exception cref="ReflektException">The address names another schema, which the file cannot hold.</exception>
    public static SourceAddress Locate(SourceProfile source, string path, SourceAddress address)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (address.Schema == "main" || string.Equals(address.Schema, stem, StringComparison.Ordinal))
        {
            return address with { PhysicalSchema = "main" };
        }

        throw new ReflektException(
            $"source '{source.Id}': schema '{address.Schema}' is not in {path}; a {source.Type} source has one schema, named 'main' or '{stem}' after its file");
    }
}
