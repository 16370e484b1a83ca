using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>SQLite: ANSI casts and quoting, <c>text</c>/<c>integer</c>/<c>real</c> storage, case-insensitive names.</summary>
public sealed class SqliteSqlDialect : SqlDialect
{
    public static SqliteSqlDialect Instance { get; } = new();

    public override string Name => "sqlite";

    // An attached database file plays the role of a schema; no information_schema (pragma_table_info instead).
    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.CaseInsensitive, int.MaxValue, HasInformationSchema: false, SupportsSchemas: true);

    public override string StringType => "text";

    public override string IntegerType => "integer";

    public override string NumberType => "real";

    public override string BooleanType => "integer";

    public override string JsonType => "text";

    public override string DateType => "text";

    // json() checks and minifies JSON text (https://www.sqlite.org/json1.html#jmini); SQLite has no JSON type.
    public override string ParseJson(string expression) => $"json({expression})";

    // Timestamps are ISO-8601 text, which sorts and compares correctly.
    public override string TimestampType => "text";

    // No interval type: datetime() takes modifiers (https://www.sqlite.org/lang_datefunc.html#modifiers) and returns
    // 'YYYY-MM-DD HH:MM:SS' text, which compares correctly with the loaders' ISO-8601 text.
    public override string TimestampMinus(string expression, int count, string unit) =>
        $"datetime({expression}, '-{count} {unit}s')";

    // json_each yields one row per array element, its index in `key` (https://www.sqlite.org/json1.html#jeach); a
    // table-valued function may read columns of tables to its left (https://www.sqlite.org/vtab.html#tabfunc2).
    public override string? ArrayElementsJoin(string jsonText) => $"cross join json_each({jsonText}) as {ElementAlias}";

    public override string ElementIndex => $"{ElementAlias}.key";

    // https://www.sqlite.org/json1.html#jex: an object or array comes back as JSON text, a boolean as 0/1.
    protected override string ElementText(IReadOnlyList<string> path) =>
        $"json_extract({ElementAlias}.value, {QuotedJsonPath(path)})";
}
