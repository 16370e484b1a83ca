namespace Reflekt.Warehouses.Sql;

/// <summary>Words that cannot stand bare as a column or table name in a select list.</summary>
internal static class SqlKeywords
{
    // PostgreSQL's reserved keywords (both categories), plus the handful Snowflake adds. Type names such as
    // `timestamp` are deliberately absent: every supported warehouse accepts them bare as column names.
    public static readonly IReadOnlySet<string> Ansi = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
        "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "connect",
        "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
        "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
        "else", "end", "except", "exists", "false", "fetch", "following", "for", "foreign", "freeze", "from",
        "full", "grant", "group", "having", "ilike", "in", "increment", "initially", "inner", "intersect",
        "interval", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
        "localtimestamp", "minus", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order",
        "outer", "over", "overlaps", "placing", "primary", "qualify", "references", "regexp", "returning",
        "right", "rlike", "row", "rows", "sample", "select", "session_user", "similar", "some", "start",
        "symmetric", "table", "tablesample", "then", "to", "trailing", "trigger", "true", "try_cast", "union",
        "unique", "user", "using", "values", "variadic", "verbose", "when", "whenever", "where", "window", "with",
    };

    // GoogleSQL's reserved keywords.
    public static readonly IReadOnlySet<string> BigQuery = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "all", "and", "any", "array", "as", "asc", "assert_rows_modified", "at", "between", "by", "case", "cast",
        "collate", "contains", "create", "cross", "cube", "current", "default", "define", "desc", "distinct",
        "else", "end", "enum", "escape", "except", "exclude", "exists", "extract", "false", "fetch", "following",
        "for", "from", "full", "group", "grouping", "groups", "hash", "having", "if", "ignore", "in", "inner",
        "intersect", "interval", "into", "is", "join", "lateral", "left", "like", "limit", "lookup", "merge",
        "natural", "new", "no", "not", "null", "nulls", "of", "on", "or", "order", "outer", "over", "partition",
        "preceding", "proto", "qualify", "range", "recursive", "respect", "right", "rollup", "rows", "select",
        "set", "some", "struct", "tablesample", "then", "to", "treat", "true", "unbounded", "union", "unnest",
        "using", "when", "where", "window", "with", "within",
    };
}
