namespace Reflekt.Warehouses.Sql;

/// <summary>
/// Maps a raw column type name, as a warehouse's catalog reports it, to a <see cref="NormalizedType"/>. This class
/// knows the SQL standard's names; each warehouse's folder subclasses it with the names only that warehouse uses
/// (<c>jsonb</c>, <c>VARIANT</c>, <c>INT64</c>…) and its <see cref="ReflectionSql"/> hands that subclass out.
/// </summary>
public class TypeNormalizer
{
    /// <summary>The SQL standard's names only.</summary>
    public static TypeNormalizer Ansi { get; } = new();

    /// <summary>Normalises <paramref name="rawType"/>; <paramref name="numericScale"/>, when the catalog reports it apart, decides NUMERIC(p,s).</summary>
    public NormalizedType Normalize(string rawType, int? numericScale = null)
    {
        var type = rawType.Trim().ToLowerInvariant();
        var paren = type.IndexOf('(');
        var angle = type.IndexOf('<');
        // An array type (`text[]`, `INTEGER[3]`) keeps its whole name for the warehouse's own names to judge.
        var cut = type.EndsWith(']') ? -1 : paren >= 0 && (angle < 0 || paren < angle) ? paren : angle;
        var name = (cut >= 0 ? type[..cut] : type).Trim();
        var args = paren >= 0 && cut == paren ? type[(paren + 1)..].TrimEnd(')') : "";
        return DialectType(name, args, numericScale) ?? StandardType(name, args, numericScale) ?? NormalizedType.Other;
    }

    /// <summary>A name only this warehouse uses, or null to fall back to the standard's names.</summary>
    /// <param name="name">The type's name in lower case, without arguments (<c>numeric</c> of <c>NUMERIC(10,2)</c>).</param>
    /// <param name="args">What stood in parentheses, if anything.</param>
    /// <param name="numericScale">The scale the catalog reported apart, if any.</param>
    protected virtual NormalizedType? DialectType(string name, string args, int? numericScale) => null;

    /// <summary>
    /// NUMERIC/DECIMAL with scale 0 hold integers. The scale comes from the catalog (Snowflake reports every fixed-point
    /// column as NUMBER and keeps the scale apart; RudderStack reads a scale above zero back as a float, contracts.md
    /// §5.3, and so do we) or from the declaration; a bare NUMERIC holds any decimal.
    /// </summary>
    protected static NormalizedType Fixed(string args, int? numericScale, bool bareIsInteger)
    {
        if (numericScale is { } scale)
        {
            return scale == 0 ? NormalizedType.Integer : NormalizedType.Number;
        }
        var parts = args.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && int.TryParse(parts[1], out var declared))
        {
            return declared == 0 ? NormalizedType.Integer : NormalizedType.Number;
        }
        // NUMERIC(p) has scale 0; a bare name is the warehouse's choice.
        return parts.Length == 1 || (parts.Length == 0 && bareIsInteger) ? NormalizedType.Integer : NormalizedType.Number;
    }

    private static NormalizedType? StandardType(string name, string args, int? numericScale)
    {
        switch (name)
        {
            case "varchar" or "character varying" or "char" or "character" or "nvarchar" or "nchar"
                or "national character varying" or "national character" or "clob":
                return NormalizedType.String;
            case "int" or "integer" or "bigint" or "smallint":
                return NormalizedType.Integer;
            case "double precision" or "double" or "float" or "real" or "decfloat":
                return NormalizedType.Number;
            case "numeric" or "decimal":
                return Fixed(args, numericScale, bareIsInteger: false);
            case "boolean":
                return NormalizedType.Boolean;
            case "date":
                return NormalizedType.Date;
            case "json":
                return NormalizedType.Json;
        }
        // timestamp, timestamp with(out) time zone, timestamp(6)…
        return name.StartsWith("timestamp", StringComparison.Ordinal) ? NormalizedType.Timestamp : null;
    }
}
