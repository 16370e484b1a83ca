using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Reflection queries for PostgreSQL (information_schema; one database per connection).</summary>
public class PostgresReflectionSql : ReflectionSql
{
    public PostgresReflectionSql() : base(PostgresSqlDialect.Instance) { }

    protected PostgresReflectionSql(SqlDialect dialect) : base(dialect) { }

    /// <summary>The view the column catalog is read from.</summary>
    protected virtual string ColumnsView => "information_schema.columns";

    public override string CatalogQuery(SourceRef source) => $"""
        SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
        FROM {ColumnsView} AS c
        JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = {Dialect.StringLiteral(source.QuerySchema)} AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position
        """;
}
