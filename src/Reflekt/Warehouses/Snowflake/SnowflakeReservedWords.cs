using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>
/// Snowflake's reserved and limited keywords (https://docs.snowflake.com/en/sql-reference/reserved-keywords), on top
/// of the ANSI/PostgreSQL list: a column named like one fails unquoted (error 002318, "ANSI reserved").
/// </summary>
internal static class SnowflakeReservedWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        SqlKeywords.Ansi.Concat(
        [
            "account", "all", "alter", "and", "any", "as", "asof", "between", "by", "case", "cast", "check", "column",
            "connect", "connection", "constraint", "create", "cross", "current", "current_date", "current_time",
            "current_timestamp", "current_user", "database", "delete", "distinct", "drop", "else", "exists", "false",
            "following", "for", "from", "full", "grant", "group", "gscluster", "having", "ilike", "in", "increment",
            "inner", "insert", "intersect", "into", "is", "issue", "join", "lateral", "left", "like", "localtime",
            "localtimestamp", "match_condition", "minus", "natural", "not", "null", "of", "on", "or", "order",
            "organization", "qualify", "regexp", "revoke", "right", "rlike", "row", "rows", "sample", "schema", "select",
            "set", "some", "start", "table", "tablesample", "then", "to", "trigger", "true", "try_cast", "union", "unique",
            "update", "using", "values", "view", "when", "whenever", "where", "window", "with",
        ]),
        StringComparer.OrdinalIgnoreCase);
}
