using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Redshift;

/// <summary>
/// Redshift's reserved words (https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html), on top of
/// PostgreSQL's: Segment's Redshift columns <c>tag</c>, <c>percent</c>, <c>open</c>, <c>top</c>, <c>timestamp</c>… must be quoted.
/// </summary>
internal static class RedshiftReservedWords
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(
        SqlKeywords.Ansi.Concat(
        [
            "aes128", "aes256", "all", "allowoverwrite", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "authorization", "az64", "backup", "between", "binary", "blanksasnull", "both", "bytedict", "bzip2", "case",
            "cast", "check", "collate", "column", "constraint", "create", "credentials", "cross", "current_date",
            "current_time", "current_timestamp", "current_user", "current_user_id", "default", "deferrable", "deflate",
            "defrag", "delta", "delta32k", "desc", "disable", "distinct", "do", "else", "emptyasnull", "enable", "encode",
            "encrypt", "encryption", "end", "except", "explicit", "false", "for", "foreign", "freeze", "from", "full",
            "globaldict256", "globaldict64k", "grant", "group", "gzip", "having", "identity", "ignore", "ilike", "in",
            "initially", "inner", "intersect", "interval", "into", "is", "isnull", "join", "leading", "left", "like",
            "limit", "localtime", "localtimestamp", "lun", "luns", "lzo", "lzop", "minus", "mostly16", "mostly32",
            "mostly8", "natural", "new", "not", "notnull", "null", "nulls", "off", "offline", "offset", "oid", "old", "on",
            "only", "open", "or", "order", "outer", "overlaps", "parallel", "partition", "percent", "permissions", "pivot",
            "placing", "primary", "raw", "readratio", "recover", "references", "rejectlog", "resort", "respect", "restore",
            "right", "select", "session_user", "similar", "snapshot", "some", "sysdate", "system", "table", "tag", "tdes",
            "text255", "text32k", "then", "timestamp", "to", "top", "trailing", "true", "truncatecolumns", "union",
            "unique", "unnest", "unpivot", "user", "using", "verbose", "wallet", "when", "where", "with", "without",
        ]),
        StringComparer.OrdinalIgnoreCase);
}
