using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>DuckDB: PostgreSQL-like SQL (<c>::</c> casts, double-quoted names), names kept as written and matched case-insensitively.</summary>
public sealed class DuckDbSqlDialect : SqlDialect
{
    public static DuckDbSqlDialect Instance { get; } = new();

    public override string Name => "duckdb";

    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.CaseInsensitive, int.MaxValue, HasInformationSchema: true, SupportsSchemas: true);

    public override string Cast(string expression, string type) => $"{expression}::{type}";

    public override (string Marker, string Name) Parameter(string name) => ("$" + name, name);

    public override string NumberType => "double";

    public override string JsonType => "json";

    // json() parses (and minifies) JSON text into the JSON type (https://duckdb.org/docs/data/json/json_functions).
    public override string ParseJson(string expression) => $"json({expression})";

    protected override IReadOnlySet<string> ReservedWords => DuckDbReservedWords.All;

    public override string TimestampType => "timestamptz";

    // QUALIFY filters on a window function: https://duckdb.org/docs/sql/query_syntax/qualify
    public override IReadOnlyList<string> FirstRowPerKey(string from, IReadOnlyList<string> filter, string key, string order) =>
        QualifyFirstRow(from, filter, key, order);

    // json_each yields one row per array element, its index in `key` (https://duckdb.org/docs/stable/data/json/json_functions#json-table-functions).
    public override string? ArrayElementsJoin(string jsonText) => $"cross join json_each({ParseJson(jsonText)}) as {ElementAlias}";

    public override string ElementIndex => $"{ElementAlias}.key::bigint";

    // json_extract_string returns a scalar as text and an object or array as its JSON text.
    protected override string ElementText(IReadOnlyList<string> path) =>
        $"json_extract_string({ElementAlias}.value, {QuotedJsonPath(path)})";
}
