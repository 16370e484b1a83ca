using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>Reflection queries for DuckDB: information_schema (PostgreSQL's shape, contracts §6) of the open file, base tables only.</summary>
public sealed class DuckDbReflectionSql : ReflectionSql
{
    public DuckDbReflectionSql() : base(DuckDbSqlDialect.Instance, DuckDbTypes.Instance) { }

    public override string CatalogQuery(SourceAddress source) => $"""
        SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
        FROM information_schema.columns AS c
        JOIN information_schema.tables AS t ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_catalog = current_database() AND c.table_schema = {Dialect.StringLiteral(source.QuerySchema)} AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position
        """;

    public override string SchemasQuery(SourceAddress source) =>
        "SELECT schema_name FROM information_schema.schemata WHERE catalog_name = current_database() AND schema_name <> 'information_schema' ORDER BY 1";
}
