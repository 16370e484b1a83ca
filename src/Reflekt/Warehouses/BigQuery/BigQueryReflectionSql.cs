using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.BigQuery;

/// <summary>Reflection queries for BigQuery (GoogleSQL): project = database, dataset = schema.</summary>
/// <remarks>
/// Segment also creates <c>&lt;table&gt;_view</c> views in the dataset; joining TABLES keeps base tables only, and
/// the pseudo-columns (<c>_PARTITIONTIME</c>) have no ordinal position.
/// </remarks>
public sealed class BigQueryReflectionSql : ReflectionSql
{
    public BigQueryReflectionSql() : base(BigQuerySqlDialect.Instance, BigQueryTypes.Instance) { }

    public override string CatalogQuery(SourceAddress source)
    {
        var dataset = $"{Dialect.Identifier(source.Database)}.{Dialect.Identifier(source.QuerySchema)}";
        return $"""
            SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, CAST(NULL AS INT64) AS numeric_scale
            FROM {dataset}.INFORMATION_SCHEMA.COLUMNS AS c
            JOIN {dataset}.INFORMATION_SCHEMA.TABLES AS t ON t.table_name = c.table_name
            WHERE t.table_type = 'BASE TABLE' AND c.ordinal_position IS NOT NULL
            ORDER BY c.table_name, c.ordinal_position
            """;
    }

    // The project-level SCHEMATA view lists the datasets of the project's default region
    // (https://cloud.google.com/bigquery/docs/information-schema-datasets-schemata).
    public override string SchemasQuery(SourceAddress source) =>
        $"SELECT schema_name FROM {Dialect.Identifier(source.Database)}.INFORMATION_SCHEMA.SCHEMATA ORDER BY 1";

    protected override string TableReference(SourceAddress source, string table) => Dialect.Relation(source.Database, source.QuerySchema, table);

    protected override string DayOf(string expression) => $"DATE({expression})";
}
