using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>BigQuery (GoogleSQL): backtick identifiers, backslash-escaped literals, <c>cast(… as string)</c>.</summary>
public sealed class BigQuerySqlDialect : SqlDialect
{
    public static BigQuerySqlDialect Instance { get; } = new();

    public override string Name => "bigquery";

    public override WarehouseCapabilities Capabilities { get; } =
        new(IdentifierFolding.CaseInsensitive, 300, HasInformationSchema: true, SupportsSchemas: true);

    protected override IReadOnlySet<string> ReservedWords => SqlKeywords.BigQuery;

    public override string QuoteIdentifier(string name) => "`" + name.Replace("\\", "\\\\").Replace("`", "\\`") + "`";

    public override string StringLiteral(string value) => "'" + EscapeWithBackslashes(value) + "'";

    public override string StringType => "string";

    public override string IntegerType => "int64";

    public override string NumberType => "float64";

    public override string BooleanType => "bool";

    public override string JsonType => "json";

    // `cast(x as json)` is not a GoogleSQL conversion; SAFE.PARSE_JSON gives NULL for text that is no JSON instead of
    // failing the model (https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#parse_json,
    // SAFE. prefix: https://cloud.google.com/bigquery/docs/reference/standard-sql/functions-reference#safe_prefix).
    public override string ParseJson(string expression) => $"safe.parse_json({expression})";

    // Interval literals take an unquoted count and a date part:
    // https://cloud.google.com/bigquery/docs/reference/standard-sql/timestamp_functions#timestamp_sub
    public override string TimestampMinus(string expression, int count, string unit) =>
        $"timestamp_sub({expression}, interval {count} {unit})";

    // QUALIFY (https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#qualify_clause) has required a
    // WHERE, GROUP BY or HAVING clause beside it; `where true` satisfies that when the project sets no filter.
    public override IReadOnlyList<string> FirstRowPerKey(string from, IReadOnlyList<string> filter, string key, string order) =>
        QualifyFirstRow(from, filter.Count > 0 ? filter : ["where true"], key, order);

    // UNNEST of JSON_QUERY_ARRAY yields each element as JSON text, WITH OFFSET its 0-based position
    // (https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#json_query_array,
    // https://cloud.google.com/bigquery/docs/reference/standard-sql/query-syntax#unnest_operator).
    public override string? ArrayElementsJoin(string jsonText) =>
        $"cross join unnest(json_query_array({jsonText})) as {ElementAlias} with offset as {ElementAlias}_offset";

    public override string ElementIndex => $"{ElementAlias}_offset";

    // JSON_VALUE reads a scalar as a string, JSON_QUERY an object or array as JSON text; keys are double-quoted
    // (https://cloud.google.com/bigquery/docs/reference/standard-sql/json_functions#JSONPath_format).
    public override string ElementField(IReadOnlyList<string> path, string jsonType, string type) =>
        jsonType is "object" or "array"
            ? ParseJson($"json_query({ElementAlias}, {QuotedJsonPath(path)})")
            : Cast($"json_value({ElementAlias}, {QuotedJsonPath(path)})", type);
}
