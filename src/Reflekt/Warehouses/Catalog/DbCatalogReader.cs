using System.Data.Common;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Catalog;

/// <summary>Reads a catalog snapshot over an open ADO.NET connection with one query for the whole source schema.</summary>
public static class DbCatalogReader
{
    /// <summary>Runs the catalog query and returns every table and column of <paramref name="schema"/>.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">The warehouse's dialect.</param>
    /// <param name="database">Database named by <c>--source</c>.</param>
    /// <param name="schema">Schema named by <c>--source</c> (the dbt source name).</param>
    /// <param name="physicalSchema">Where that schema really lives when it differs (SQLite: <c>main</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<CatalogSnapshot> ReadAsync(
        DbConnection connection,
        SqlDialect dialect,
        string database,
        string schema,
        string? physicalSchema,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = dialect.CatalogQuery(physicalSchema ?? schema)
            ?? throw new ArgumentException($"{dialect.Name} has no SQL catalog query", nameof(dialect));
        AddParameter(command, "@database", database);
        AddParameter(command, "@schema", schema);
        AddParameter(command, "@physical_schema", physicalSchema ?? schema);
        var rows = new List<(string, string, string)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? "" : reader.GetString(2)));
            }
        }

        return CatalogSnapshot.FromRows(database, schema, dialect.Capabilities, rows);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        if (!command.CommandText.Contains(name, StringComparison.Ordinal))
        {
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
