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

    // Redshift has no jsonb_array_elements (it is PostgreSQL's). PartiQL unnests a SUPER array by naming it in the FROM
    // clause, `from t, t.arr as e at i` with `i` the 0-based index (https://docs.aws.amazon.com/redshift/latest/dg/query-super.html,
    // "Unnesting queries"): the array is a path from a FROM-clause alias, not an expression, so the JSON text is parsed
    // in a CTE first (https://docs.aws.amazon.com/redshift/latest/dg/JSON_PARSE.html).
    public override bool UnnestsParsedArrays => true;

    public override string? ArrayElementsJoin(string jsonText) => $", {jsonText} as {ElementAlias} at {ElementAlias}_index";

    public override string ElementIndex => $"{ElementAlias}_index";

    // Dot notation navigates an element's attributes, a missing one is NULL (query-super.html, "Navigation"); SUPER
    // scalars cast to the scalar types, timestamps and dates included, while objects and arrays stay SUPER
    // (https://docs.aws.amazon.com/redshift/latest/dg/limitations-super.html, "Casting limitations").
    public override string ElementField(IReadOnlyList<string> path, string jsonType, string type)
    {
        var value = ElementAlias + string.Concat(path.Select(p => "." + Identifier(p)));
        return jsonType is "object" or "array" ? value : Cast(value, type);
    }
}
