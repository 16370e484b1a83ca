using Reflekt.Warehouses;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Redshift;

/// <summary>Reflection queries for Redshift: SVV_COLUMNS (which also covers late-binding views' tables), base tables only.</summary>
public sealed class RedshiftReflectionSql : PostgresReflectionSql
{
    public RedshiftReflectionSql() : base(RedshiftSqlDialect.Instance, RedshiftTypes.Instance) { }

    public override string CatalogQuery(SourceAddress source) => $"""
        SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
        FROM svv_columns AS c
        WHERE c.table_schema = {Dialect.StringLiteral(source.QuerySchema)}
          AND c.table_name IN (SELECT t.table_name FROM information_schema.tables AS t WHERE t.table_schema = {Dialect.StringLiteral(source.QuerySchema)} AND t.table_type = 'BASE TABLE')
        ORDER BY c.table_name, c.ordinal_position
        """;
}
