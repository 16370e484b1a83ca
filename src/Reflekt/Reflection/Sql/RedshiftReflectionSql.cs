using Reflekt.Warehouses.Sql;

namespace Reflekt.Reflection.Sql;

/// <summary>Reflection queries for Redshift: PostgreSQL's, reading SVV_COLUMNS so late-binding views don't hide columns.</summary>
public sealed class RedshiftReflectionSql : PostgresReflectionSql
{
    public RedshiftReflectionSql() : base(RedshiftSqlDialect.Instance) { }

    protected override string ColumnsView => "svv_columns";
}
