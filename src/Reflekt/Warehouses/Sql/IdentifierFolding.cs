namespace Reflekt.Warehouses.Sql;

/// <summary>What a warehouse does to an unquoted identifier.</summary>
public enum IdentifierFolding
{
    /// <summary>Folded to lower case (PostgreSQL, Redshift).</summary>
    Lower,

    /// <summary>Folded to upper case (Snowflake).</summary>
    Upper,

    /// <summary>Kept as written and matched case-insensitively (BigQuery columns, SQLite).</summary>
    CaseInsensitive,
}
