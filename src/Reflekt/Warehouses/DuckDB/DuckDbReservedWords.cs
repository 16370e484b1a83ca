using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>
/// DuckDB's reserved and type/function-name keywords (its <c>duckdb_keywords()</c>, categories <c>reserved</c> and
/// <c>type_function</c>; checked against the embedded engine by a test), on top of PostgreSQL's, whose grammar it forks.
/// </summary>
internal static class DuckDbReservedWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        SqlKeywords.Ansi.Concat(
        [
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast", "check",
            "collate", "column", "constraint", "create", "default", "deferrable", "desc", "describe", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lambda", "lateral", "leading", "limit", "not", "null", "offset", "on",
            "only", "or", "order", "pivot", "pivot_longer", "pivot_wider", "placing", "primary", "qualify", "references",
            "returning", "select", "show", "some", "summarize", "symmetric", "table", "then", "to", "trailing", "true",
            "union", "unique", "unpivot", "using", "variadic", "when", "where", "window", "with",
            "anti", "asof", "authorization", "binary", "collation", "concurrently", "cross", "freeze", "full", "generated",
            "glob", "ilike", "inner", "is", "isnull", "join", "left", "like", "map", "natural", "notnull", "outer",
            "overlaps", "positional", "right", "semi", "similar", "struct", "tablesample", "try_cast", "verbose",
            "at", "by", "columns", "unpack",
        ]),
        StringComparer.OrdinalIgnoreCase);
}
