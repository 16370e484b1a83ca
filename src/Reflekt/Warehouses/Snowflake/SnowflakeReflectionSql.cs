using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Reflection queries for Snowflake (contracts.md §6): the database's INFORMATION_SCHEMA, schema upper-cased.</summary>
/// <remarks>
/// Loaders create objects unquoted, so the catalog reports them in upper case; the aggregate names tables and
/// columns exactly as the catalog returned them. Database and schema from <c>--source</c> are taken as the
/// unquoted names a user types, i.e. folded to upper case.
/// </remarks>
public sealed class SnowflakeReflectionSql : ReflectionSql
{
    public SnowflakeReflectionSql() : base(SnowflakeSqlDialect.Instance, SnowflakeTypes.Instance) { }

    public override string CatalogQuery(SourceAddress source)
    {
        var db = Dialect.Identifier(source.Database.ToUpperInvariant());
        return $"""
            SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
            FROM {db}.information_schema.columns AS c
            JOIN {db}.information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = UPPER({Dialect.StringLiteral(source.QuerySchema)}) AND t.table_type = 'BASE TABLE'
            ORDER BY c.table_name, c.ordinal_position
            """;
    }

    public override string SchemasQuery(SourceAddress source) =>
        $"SELECT schema_name FROM {Dialect.Identifier(source.Database.ToUpperInvariant())}.information_schema.schemata WHERE schema_name <> 'INFORMATION_SCHEMA' ORDER BY 1";

    protected override string TableReference(SourceAddress source, string table) =>
        Dialect.Relation(source.Database.ToUpperInvariant(), source.QuerySchema.ToUpperInvariant(), table);

    protected override string DayOf(string expression) => $"TO_DATE({expression})";
}
