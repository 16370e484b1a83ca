using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>SQLite's declared types: any name is allowed, so the common ones writers use (TEXT, INTEGER, REAL, DATETIME).</summary>
public sealed class SqliteTypes : TypeNormalizer
{
    public static SqliteTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "text" or "string" or "uuid" => NormalizedType.String,
        "tinyint" or "int2" or "int8" or "mediumint" => NormalizedType.Integer,
        "bool" => NormalizedType.Boolean,
        "datetime" => NormalizedType.Timestamp,
        "jsonb" => NormalizedType.Json,
        _ => null,
    };
}
