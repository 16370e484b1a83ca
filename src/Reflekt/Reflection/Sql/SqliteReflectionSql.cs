namespace Reflekt.Reflection.Sql;

/// <summary>Reflection queries for SQLite: the schema is an attached database name (usually <c>main</c>).</summary>
/// <remarks>SQLite keeps timestamps as ISO-8601 text, so the window bound is a text literal and days come from <c>date()</c>.</remarks>
public sealed class SqliteReflectionSql : ReflectionSql
{
    public override string CatalogQuery(SourceRef source)
    {
        var schema = QuoteIdentifier(source.Schema);
        return $"""
            SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type, p.cid + 1 AS ordinal_position, NULL AS numeric_scale
            FROM {schema}.sqlite_master AS m
            JOIN pragma_table_info(m.name, {StringLiteral(source.Schema)}) AS p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
            ORDER BY m.name, p.cid
            """;
    }

    public override string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    protected override string DayOf(string expression) => $"date({expression})";

    protected override string SinceLiteral(DateOnly since) => StringLiteral(since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
