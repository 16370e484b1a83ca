using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>BigQuery's type names (GoogleSQL: STRING, INT64, FLOAT64, BOOL, STRUCT&lt;…&gt;, ARRAY&lt;…&gt;).</summary>
public sealed class BigQueryTypes : TypeNormalizer
{
    public static BigQueryTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "string" => NormalizedType.String,
        "int64" or "tinyint" or "byteint" => NormalizedType.Integer,
        "float64" or "bignumeric" or "bigdecimal" => NormalizedType.Number,
        "bool" => NormalizedType.Boolean,
        "struct" or "record" or "array" => NormalizedType.Json,
        "datetime" => NormalizedType.Timestamp,
        "bytes" or "geography" or "interval" or "time" => NormalizedType.Other,
        _ => null,
    };
}
