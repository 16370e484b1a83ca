namespace Reflekt.Reflection.Sql;

/// <summary>Reflection queries for PostgreSQL (information_schema; one database per connection).</summary>
public class PostgresReflectionSql : ReflectionSql
{
    public override string CatalogQuery(SourceRef source) => $"""
        SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
        FROM information_schema.columns AS c
        JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = {StringLiteral(source.Schema)} AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position
        """;

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
