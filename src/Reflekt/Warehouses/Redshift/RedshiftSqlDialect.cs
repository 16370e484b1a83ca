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

    // JSON text becomes SUPER through JSON_PARSE (https://docs.aws.amazon.com/redshift/latest/dg/JSON_PARSE.html);
    // a cast to super would keep it a string.
    public override string ParseJson(string expression) => $"json_parse({expression})";

    protected override IReadOnlySet<string> ReservedWords => RedshiftReservedWords.All;

    public override string TimestampType => "timestamp";

    // Redshift has no jsonb_array_elements (it is PostgreSQL's); its SUPER unnesting (`from t, t.arr as e at i`,
    // https://docs.aws.amazon.com/redshift/latest/dg/query-super.html) needs a SUPER column of a table, not JSON
    // text parsed in the same query, and cannot be run here, so no child model is built (see docs/dbt.md).
    public override string? ArrayElementsJoin(string jsonText) => null;
}
