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

    // svv_columns also covers late-binding views and Spectrum tables, which information_schema misses.
    public override string? CatalogQuery(string physicalSchema) => """
        select table_name, column_name, data_type
        from svv_columns
        where table_catalog = @database and table_schema = @schema
        order by table_name, ordinal_position
        """;

    public override string TimestampType => "timestamp";
}
