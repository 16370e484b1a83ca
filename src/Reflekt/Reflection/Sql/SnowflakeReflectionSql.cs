namespace Reflekt.Reflection.Sql;

/// <summary>Reflection queries for Snowflake (contracts.md §6): the database's INFORMATION_SCHEMA, schema upper-cased.</summary>
/// <remarks>
/// Loaders create objects unquoted, so the catalog reports them in upper case; the aggregate quotes the names
/// exactly as the catalog returned them. The database is upper-cased and quoted, which is what an unquoted
/// name resolves to.
/// </remarks>
public sealed class SnowflakeReflectionSql : ReflectionSql
{
    public override string CatalogQuery(SourceRef source)
    {
        var db = QuoteIdentifier(source.Database.ToUpperInvariant());
        return $"""
            SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
            FROM {db}.information_schema.columns AS c
            JOIN {db}.information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = UPPER({StringLiteral(source.Schema)}) AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """;
    }

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected override string TableReference(SourceRef source, string table) =>
        $"{QuoteIdentifier(source.Database.ToUpperInvariant())}.{QuoteIdentifier(source.Schema.ToUpperInvariant())}.{QuoteIdentifier(table)}";

    protected override string DayOf(string expression) => $"TO_DATE({expression})";
}
