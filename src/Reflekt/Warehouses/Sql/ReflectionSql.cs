using System.Globalization;
using Reflekt.Warehouses;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Sql;

/// <summary>The reflection queries of one warehouse: a catalog query, a per-table day aggregate, and the latest event of a quiet table.</summary>
/// <remarks>
/// All work is pushed down: the catalog query reads one source schema's columns at once, and the aggregate
/// groups a bounded window by day and <c>schema_id</c> so the warehouse returns at most days × versions rows.
/// Identifiers and literals go through the warehouse's <see cref="SqlDialect"/> (the dbt build's); literals are
/// inlined so one text runs on every client and golden tests pin it.
/// Result shapes: catalog → (table_name, column_name, data_type, ordinal_position, numeric_scale);
/// aggregate → (received_day, schema_id, row_count, first_seen, valid_through); latest event → (valid_through).
/// </remarks>
public abstract class ReflectionSql
{
    protected ReflectionSql(SqlDialect dialect, TypeNormalizer types)
    {
        Dialect = dialect;
        Types = types;
    }

    /// <summary>Quoting and literal rules of the warehouse.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>How the warehouse's catalog names types, read as <see cref="NormalizedType"/>s.</summary>
    public TypeNormalizer Types { get; }

    /// <summary>
    /// The warehouse's one catalog query: the columns of every base table (never a view) in <paramref name="source"/>'s
    /// schema as (table_name, column_name, data_type, ordinal_position, numeric_scale) in table and ordinal order.
    /// The dbt build's catalog snapshot and reflection both read it.
    /// </summary>
    public abstract string CatalogQuery(SourceAddress source);

    /// <summary>
    /// The schemas of <paramref name="source"/>'s database as (schema_name), sorted: what an error lists when the
    /// catalog query finds no table in the named schema (a typo in <c>--source</c>).
    /// </summary>
    public virtual string SchemasQuery(SourceAddress source) =>
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name <> 'information_schema' ORDER BY 1";

    /// <summary>Rows per day (and per <c>schema_id</c> when the column exists) since <paramref name="since"/>.</summary>
    /// <param name="source">The source schema.</param>
    /// <param name="table">Table name exactly as the catalog reported it.</param>
    /// <param name="receivedAt">The <c>received_at</c> column as the catalog reported it.</param>
    /// <param name="schemaId">The <c>schema_id</c> column, or null when the table has none.</param>
    /// <param name="since">First day of the window (UTC).</param>
    public virtual string DayAggregate(SourceAddress source, string table, string receivedAt, string? schemaId, DateOnly since)
    {
        var received = Dialect.Identifier(receivedAt);
        var day = DayOf(received);
        var version = schemaId is null ? "NULL" : Dialect.Identifier(schemaId);
        var groupBy = schemaId is null ? day : $"{day}, {version}";
        return $"""
            SELECT {day} AS received_day, {version} AS schema_id, COUNT(*) AS row_count, MIN({received}) AS first_seen, MAX({received}) AS valid_through
            FROM {TableReference(source, table)}
            WHERE {received} >= {SinceLiteral(since)}
            GROUP BY {groupBy}
            ORDER BY 1, 2
            """;
    }

    /// <summary>
    /// The latest <c>received_at</c> of a table, without a window. Only asked of a table whose window holds no rows
    /// and of which no earlier reflection knows a latest event, so its cost (a whole-column scan on warehouses
    /// without metadata for it) is paid once per quiet table, not every run.
    /// </summary>
    public virtual string LatestEvent(SourceAddress source, string table, string receivedAt) =>
        $"SELECT MAX({Dialect.Identifier(receivedAt)}) AS valid_through FROM {TableReference(source, table)}";

    /// <summary>The fully qualified name of an event table.</summary>
    protected virtual string TableReference(SourceAddress source, string table) => Dialect.Relation(null, source.QuerySchema, table);

    /// <summary>The UTC day of a timestamp expression.</summary>
    protected virtual string DayOf(string expression) => $"CAST({expression} AS DATE)";

    /// <summary>The start of the window as a timestamp literal.</summary>
    protected virtual string SinceLiteral(DateOnly since) =>
        "TIMESTAMP " + Dialect.StringLiteral(since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00");
}
