using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.DuckDB;

/// <summary>DuckDB (<c>type: duckdb</c>, <c>path:</c>): the database is the file's stem, schemas are real (default <c>main</c>), as in dbt-duckdb.</summary>
public sealed class DuckDbProvider : WarehouseProvider<DuckDbSource>
{
    public override string Type => "duckdb";

    public override SqlDialect Dialect => DuckDbSqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new DuckDbReflectionSql();

    public override string SettingsSchema => """{"properties": {"path": {"type": "string"}}, "required": ["path"]}""";

    protected override DuckDbSource ReadSource(SourceSettings settings) => new() { Id = settings.Id, Path = settings.RequiredPath("path") };

    protected override IWarehouse Connect(DuckDbSource source) => new DuckDbWarehouse(source);

    public override ProfileEntry AskInitSettings(ISourceAnswers answers) =>
        new(Type, [new("path", answers.Text("--duckdb-path", "DuckDB database file", "./warehouse.duckdb"))]);

    // The catalog query reads the open file's own database, so an address naming another one would silently find nothing.
    protected override SourceAddress Locate(DuckDbSource source, SourceAddress address)
    {
        var stem = Path.GetFileNameWithoutExtension(source.Path);
        return string.Equals(address.Database, stem, StringComparison.OrdinalIgnoreCase)
            ? address
            : throw new ReflektException($"source '{source.Id}': database '{address.Database}' is not {source.Path}; a duckdb source's database is its file stem '{stem}'");
    }
}
