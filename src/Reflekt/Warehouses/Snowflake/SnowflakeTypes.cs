using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Snowflake's type names (information_schema reports NUMBER, TEXT, VARIANT, TIMESTAMP_NTZ…).</summary>
public sealed class SnowflakeTypes : TypeNormalizer
{
    public static SnowflakeTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "text" or "string" => NormalizedType.String,
        "byteint" or "tinyint" => NormalizedType.Integer,
        "float4" or "float8" => NormalizedType.Number,
        // NUMBER alone is NUMBER(38,0).
        "number" => Fixed(args, numericScale, bareIsInteger: true),
        "variant" or "object" or "array" => NormalizedType.Json,
        "datetime" => NormalizedType.Timestamp,
        _ => null,
    };
}
