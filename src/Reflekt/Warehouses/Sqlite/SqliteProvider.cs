using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Sqlite;

/// <summary>A SQLite database file (<c>type: sqlite</c>, <c>path:</c>) through Microsoft.Data.Sqlite.</summary>
public sealed class SqliteProvider : WarehouseProvider<SqliteSource>
{
    public override string Type => "sqlite";

    public override SqlDialect Dialect => SqliteSqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new SqliteReflectionSql();

    public override string SettingsSchema => """{"properties": {"path": {"type": "string"}}, "required": ["path"]}""";

    protected override SqliteSource ReadSource(SourceSettings settings) => new() { Id = settings.Id, Path = settings.RequiredPath("path") };

    protected override IWarehouse Connect(SqliteSource source) => new SqliteWarehouse(source);

    // A zero-length file is an empty SQLite database: init creates it, so the new profile connects at once.
    public override ProfileEntry AskInitSettings(ISourceAnswers answers)
    {
        var path = answers.Text("--sqlite-path", "SQLite database file", "./warehouse.sqlite");
        return new(Type, [new("path", path)]) { EmptyDatabaseFile = path };
    }

    protected override SourceAddress Locate(SqliteSource source, SourceAddress address) => FileSchema.Locate(source, source.Path, address);
}
