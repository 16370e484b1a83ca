using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Snowflake: identifiers folded to upper case, <c>::</c> casts, <c>variant</c>, backslash escapes in literals.</summary>
public sealed class SnowflakeSqlDialect : SqlDialect
{
    public static SnowflakeSqlDialect Instance { get; } = new();

    public override string Name => "snowflake";

    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.Upper, 255, HasInformationSchema: true, SupportsSchemas: true);

    public override string Cast(string expression, string type) => $"{expression}::{type}";

    // Snowflake treats '\' as an escape inside single-quoted literals, so it must be doubled too.
    public override string StringLiteral(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "''") + "'";

    public override string NumberType => "float";

    public override string JsonType => "variant";

    // TRY_PARSE_JSON returns NULL instead of an error for text that is no JSON
    // (https://docs.snowflake.com/en/sql-reference/functions/try_parse_json).
    public override string ParseJson(string expression) => $"try_parse_json({expression})";

    protected override IReadOnlySet<string> ReservedWords => SnowflakeReservedWords.All;

    public override string TimestampType => "timestamp_tz";

    // QUALIFY filters on a window function: https://docs.snowflake.com/en/sql-reference/constructs/qualify
    public override IReadOnlyList<string> FirstRowPerKey(string from, IReadOnlyList<string> filter, string key, string order) =>
        QualifyFirstRow(from, filter, key, order);

    // FLATTEN yields one row per element, with its 0-based INDEX and its VALUE as a VARIANT
    // (https://docs.snowflake.com/en/sql-reference/functions/flatten), joined in the documented `from t, lateral …` form
    // (https://docs.snowflake.com/en/sql-reference/constructs/join-lateral).
    public override string? ArrayElementsJoin(string jsonText) =>
        $", lateral flatten(input => {ParseJson(jsonText)}) as {ElementAlias}";

    public override string ElementIndex => $"{ElementAlias}.index";

    // Bracket notation reads a VARIANT's field (https://docs.snowflake.com/en/user-guide/querying-semistructured#bracket-notation);
    // a VARIANT casts to the scalar types and is already semi-structured, so objects and arrays stay as they are.
    public override string ElementField(IReadOnlyList<string> path, string jsonType, string type)
    {
        var value = ElementAlias + ".value" + string.Concat(path.Select(p => "[" + StringLiteral(p) + "]"));
        return jsonType is "object" or "array" ? value : Cast(value, type);
    }
}
