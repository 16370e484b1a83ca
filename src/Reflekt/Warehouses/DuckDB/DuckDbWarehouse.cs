using System.Data.Common;
using DuckDB.NET.Data;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>A DuckDB database file through DuckDB.NET; the file must exist (it is never created by accident).</summary>
public sealed class DuckDbWarehouse : DbWarehouse
{
    private readonly DuckDbSource _source;

    public DuckDbWarehouse(DuckDbSource source)
        : base(source) => _source = source;

    protected override DbConnection CreateConnection() => File.Exists(_source.Path)
        ? new DuckDBConnection($"Data Source={_source.Path}")
        : throw new ReflektException($"source '{_source.Id}': database file {_source.Path} does not exist");

    protected override string Describe(Exception exception) => exception.Message.ReplaceLineEndings(" ").TrimEnd('.');
}
