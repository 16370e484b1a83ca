using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Postgres;

/// <summary>PostgreSQL's own type names (information_schema and pg_catalog spellings), beyond the standard's.</summary>
public class PostgresTypes : TypeNormalizer
{
    public static PostgresTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "text" or "bpchar" or "uuid" or "citext" or "name" => NormalizedType.String,
        "int2" or "int4" or "int8" or "serial" or "bigserial" or "smallserial" => NormalizedType.Integer,
        "float4" or "float8" => NormalizedType.Number,
        "bool" => NormalizedType.Boolean,
        "jsonb" or "json" or "array" => NormalizedType.Json,
        "timestamptz" => NormalizedType.Timestamp,
        // An array column is reported as `text[]` (format_type) or ARRAY (information_schema).
        _ when name.EndsWith("[]", StringComparison.Ordinal) => NormalizedType.Json,
        _ => null,
    };
}
