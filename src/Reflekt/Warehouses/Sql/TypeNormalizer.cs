namespace Reflekt.Warehouses.Sql;

/// <summary>Maps a raw warehouse type name (any supported dialect) to a <see cref="NormalizedType"/>.</summary>
public static class TypeNormalizer
{
    /// <summary>Normalises <paramref name="rawType"/>; <paramref name="numericScale"/> decides NUMBER(p,s).</summary>
    /// <remarks>
    /// Snowflake reports every fixed-point column as NUMBER and keeps the scale apart; RudderStack reads a
    /// scale above zero back as a float (contracts.md §5.3), and so do we.
    /// </remarks>
    public static NormalizedType Normalize(string rawType, int? numericScale = null)
    {
        var type = rawType.Trim().ToLowerInvariant();
        var paren = type.IndexOf('(');
        var args = paren >= 0 ? type[(paren + 1)..].TrimEnd(')') : "";
        var name = (paren >= 0 ? type[..paren] : type).Trim();

        switch (name)
        {
            case "varchar" or "character varying" or "text" or "char" or "character" or "nvarchar" or "nchar"
                or "string" or "bpchar" or "uuid" or "clob":
                return NormalizedType.String;
            case "int" or "integer" or "bigint" or "smallint" or "tinyint" or "byteint" or "int2" or "int4"
                or "int8" or "int64" or "serial" or "bigserial":
                return NormalizedType.Integer;
            case "double precision" or "double" or "float" or "float4" or "float8" or "float64" or "real"
                or "bignumeric" or "decfloat":
                return NormalizedType.Number;
            case "number" or "numeric" or "decimal":
                return IsIntegralScale(args, numericScale) ? NormalizedType.Integer : NormalizedType.Number;
            case "boolean" or "bool":
                return NormalizedType.Boolean;
            case "date":
                return NormalizedType.Date;
            case "json" or "jsonb" or "variant" or "object" or "array" or "super" or "struct" or "record":
                return NormalizedType.Json;
        }

        if (name.StartsWith("timestamp", StringComparison.Ordinal) || name is "datetime" or "timestamptz")
        {
            return NormalizedType.Timestamp;
        }

        if (name.StartsWith("array", StringComparison.Ordinal) || name.StartsWith("struct", StringComparison.Ordinal)
            || name.EndsWith("[]", StringComparison.Ordinal))
        {
            return NormalizedType.Json;
        }

        return NormalizedType.Other;
    }

    private static bool IsIntegralScale(string args, int? numericScale)
    {
        if (numericScale is { } scale)
        {
            return scale == 0;
        }

        var parts = args.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(parts[1], out var declared))
        {
            return declared == 0;
        }

        // NUMERIC with no scale in PostgreSQL holds any decimal; NUMBER alone in Snowflake is NUMBER(38,0).
        return parts.Length == 1;
    }
}
