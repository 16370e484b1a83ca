using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Redshift;

/// <summary>Redshift's type names: PostgreSQL's, plus SUPER (semi-structured) and its aliases.</summary>
public sealed class RedshiftTypes : PostgresTypes
{
    public static new RedshiftTypes Instance { get; } = new();

    protected override NormalizedType? DialectType(string name, string args, int? numericScale) => name switch
    {
        "super" => NormalizedType.Json,
        "timetz" or "time" or "varbyte" or "geometry" or "hllsketch" => NormalizedType.Other,
        _ => base.DialectType(name, args, numericScale),
    };
}
