namespace Reflekt.Schemas.Naming;

/// <summary>Words that loaders refuse as bare names (union of ANSI, Redshift and Snowflake reserved words).</summary>
/// <remarks>RudderStack prefixes such names with '_' (its integration tests show <c>as</c> → <c>_as</c>).</remarks>
public static class SqlReservedWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "aes128", "aes256", "all", "allowoverwrite", "analyse", "analyze", "and", "any", "array", "as", "asc",
        "authorization", "backup", "between", "binary", "blanksasnull", "both", "bytedict", "bzip2", "case", "cast",
        "check", "collate", "column", "connect", "constraint", "create", "credentials", "cross", "current",
        "current_date", "current_time", "current_timestamp", "current_user", "current_user_id", "default",
        "deferrable", "deflate", "defrag", "delete", "delta", "delta32k", "desc", "disable", "distinct", "do",
        "else", "emptyasnull", "enable", "encode", "encrypt", "encryption", "end", "except", "exists", "explicit",
        "false", "following", "for", "foreign", "freeze", "from", "full", "globaldict256", "globaldict64k",
        "grant", "group", "gzip", "having", "identity", "ignore", "ilike", "in", "increment", "initially",
        "inner", "insert", "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "left",
        "like", "limit", "localtime", "localtimestamp", "lun", "luns", "lzo", "lzop", "minus", "mostly13",
        "mostly32", "mostly8", "natural", "new", "not", "notnull", "null", "nulls", "off", "offline", "offset",
        "oid", "old", "on", "only", "open", "or", "order", "outer", "overlaps", "parallel", "partition",
        "percent", "permissions", "pivot", "placing", "primary", "qualify", "raw", "readratio", "recover",
        "references", "regexp", "respect", "returning", "revoke", "right", "rlike", "row", "rows", "sample",
        "select", "session_user", "set", "similar", "snapshot", "some", "sysdate", "system", "table",
        "tablesample", "tag", "tdes", "text255", "text32k", "then", "timestamp", "to", "top", "trailing",
        "true", "truncatecolumns", "try_cast", "union", "unique", "unnest", "unpivot", "update", "user",
        "using", "values", "verbose", "wallet", "when", "whenever", "where", "window", "with", "without",
    };

    /// <summary>True when <paramref name="name"/> is reserved in at least one supported warehouse.</summary>
    public static bool Contains(string name) => Words.Contains(name);
}
