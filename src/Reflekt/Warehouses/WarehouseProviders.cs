using Reflekt.Projects.Profiles;
using Reflekt.Warehouses.BigQuery;
using Reflekt.Warehouses.DuckDB;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Redshift;
using Reflekt.Warehouses.Snowflake;
using Reflekt.Warehouses.Sqlite;

namespace Reflekt.Warehouses;

/// <summary>
/// The one list of warehouse types. Everything that depends on the type of a source (reading its profile entry,
/// connecting, SQL dialect, catalog and reflection queries) asks this list; nothing else names a type.
/// </summary>
public static class WarehouseProviders
{
    /// <summary>Every supported warehouse, in the order they are offered to a user.</summary>
    public static IReadOnlyList<WarehouseProvider> All { get; } =
    [
        new PostgresProvider(),
        new RedshiftProvider(),
        new SqliteProvider(),
        new SnowflakeProvider(),
        new BigQueryProvider(),
        new DuckDbProvider(),
    ];

    /// <summary>The profile <c>type:</c> values, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<string> Types { get; } = [.. All.Select(p => p.Type)];

    /// <summary>The provider of a type (or one of its aliases), case-insensitively; null when none.</summary>
    public static WarehouseProvider? Find(string type) =>
        All.FirstOrDefault(p => p.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Contains(type, StringComparer.OrdinalIgnoreCase));

    /// <summary>The provider of a type.</summary>
    /// <exception cref="ReflektException">No such warehouse type.</exception>
    public static WarehouseProvider For(string type) => Find(type)
        ?? throw new ReflektException($"Unsupported warehouse type '{type}': expected {Expected}.");

    /// <summary>The provider of a profile source.</summary>
    public static WarehouseProvider For(SourceProfile source) => For(source.Type);

    /// <summary>A connection to a profile source.</summary>
    public static IWarehouse Connect(SourceProfile source) => For(source).Connect(source);

    /// <summary>"postgres, redshift, …, or bigquery" for messages.</summary>
    public static string Expected => string.Join(", ", Types.Take(Types.Count - 1)) + " or " + Types[^1];
}
