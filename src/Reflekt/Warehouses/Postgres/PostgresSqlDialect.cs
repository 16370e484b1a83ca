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

    // One row per element with its 1-based position:
    // https://www.postgresql.org/docs/15/functions-json.html#FUNCTIONS-JSON-PROCESSING-TABLE (jsonb_array_elements)
    // and https://www.postgresql.org/docs/15/queries-table-expressions.html#QUERIES-TABLEFUNCTIONS (WITH ORDINALITY).
    public override string? ArrayElementsJoin(string jsonText) =>
        $"cross join lateral jsonb_array_elements({ParseJson(jsonText)}) with ordinality as {ElementAlias}(value, ordinality)";

    public override string ElementIndex => $"{ElementAlias}.ordinality - 1";

    protected override string ElementText(IReadOnlyList<string> path) =>
        $"jsonb_extract_path_text({ElementAlias}.value, {string.Join(", ", path.Select(StringLiteral))})";
}
