using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Postgres;

/// <summary>PostgreSQL: <c>::</c> casts, <c>jsonb</c>, identifiers folded to lower case, 63-byte names.</summary>
public class PostgresSqlDialect : SqlDialect
{
    public static PostgresSqlDialect Instance { get; } = new();

    public override string Name => "postgres";

    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.Lower, 63, HasInformationSchema: true, SupportsSchemas: true);

    public override string Cast(string expression, string type) => $"{expression}::{type}";

    public override string JsonType => "jsonb";

    public override string TimestampType => "timestamptz";
}
