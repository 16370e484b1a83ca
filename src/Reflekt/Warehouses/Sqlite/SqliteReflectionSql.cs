using System.Globalization;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>Reflection queries for SQLite: the schema is an attached database name (usually <c>main</c>).</summary>
/// <remarks>SQLite keeps timestamps as ISO-8601 text, so the window bound is a text literal and days come from <c>date()</c>.</remarks>
public sealed class SqliteReflectionSql : ReflectionSql
{
    public SqliteReflectionSql() : base(SqliteSqlDialect.Instance, SqliteTypes.Instance) { }

    public override string CatalogQuery(SourceAddress source) => $"""
        SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type, p.cid + 1 AS ordinal_position, NULL AS numeric_scale
        FROM {Dialect.Identifier(source.QuerySchema)}.sqlite_master AS m
        JOIN pragma_table_info(m.name, {Dialect.StringLiteral(source.QuerySchema)}) AS p
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
        ORDER BY m.name, p.cid
        """;

    public override string SchemasQuery(SourceAddress source) => "SELECT name AS schema_name FROM pragma_database_list ORDER BY 1";

    protected override string DayOf(string expression) => $"date({expression})";

    protected override string SinceLiteral(DateOnly since) =>
        Dialect.StringLiteral(since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
