using System.Data.Common;
using Microsoft.Data.Sqlite;
using Reflekt.Projects.Profiles;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>A SQLite database file through Microsoft.Data.Sqlite; the file must exist (it is never created by accident).</summary>
public sealed class SqliteWarehouse : DbWarehouse
{
    private readonly SqliteSource _source;

    public SqliteWarehouse(SqliteSource source)
        : base(source) => _source = source;

    protected override DbConnection CreateConnection()
    {
        if (!File.Exists(_source.Path))
        {
            throw new ReflektException($"source '{_source.Id}': database file {_source.Path} does not exist");
        }

        return new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = _source.Path,
            Mode = SqliteOpenMode.ReadWrite,
        }.ConnectionString);
    }

    protected override string Describe(Exception exception) =>
        exception is SqliteException sqlite ? $"{sqlite.Message.TrimEnd('.')} (SQLite error {sqlite.SqliteErrorCode})" : exception.Message;
}
