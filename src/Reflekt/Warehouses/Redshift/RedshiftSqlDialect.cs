using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Redshift;

/// <summary>Redshift speaks PostgreSQL's dialect; it keeps semi-structured data in <c>super</c> and allows 127-byte names.</summary>
public sealed class RedshiftSqlDialect : PostgresSqlDialect
{
    public static new RedshiftSqlDialect Instance { get; } = new();

    public override string Name => "redshift";

    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.Lower, 127, HasInformationSchema: true, SupportsSchemas: true);

    public override string JsonType => "super";

    public override string TimestampType => "timestamp";
}
