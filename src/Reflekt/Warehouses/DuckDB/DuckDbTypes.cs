using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>DuckDB's type names (information_schema reports VARCHAR, BIGINT, TIMESTAMP WITH TIME ZONE, STRUCT(…), INTEGER[]…).</summary>
public sealed class DuckDbTypes : TypeNormalizer
{
    public static DuckDbTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "text" or "string" or "uuid" => NormalizedType.String,
        "tinyint" or "hugeint" or "ubigint" or "uinteger" or "usmallint" or "utinyint" or "uhugeint" or "int1" or "int2" or "int4" or "int8" => NormalizedType.Integer,
        "float4" or "float8" => NormalizedType.Number,
        "bool" => NormalizedType.Boolean,
        "struct" or "map" or "list" or "union" => NormalizedType.Json,
        "timestamptz" or "datetime" => NormalizedType.Timestamp,
        // A list column is reported as `INTEGER[]`, an array as `INTEGER[3]`.
        _ when name.EndsWith(']') => NormalizedType.Json,
        _ => null,
    };
}
