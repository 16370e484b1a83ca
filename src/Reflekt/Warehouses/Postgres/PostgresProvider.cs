using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Postgres;

/// <summary>PostgreSQL (<c>type: postgres</c>) through Npgsql.</summary>
public sealed class PostgresProvider : WarehouseProvider<PostgresSource>
{
    public override string Type => "postgres";

    public override IReadOnlyList<string> Aliases => ["postgresql"];

    public override SqlDialect Dialect => PostgresSqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new PostgresReflectionSql();

    public override string SettingsSchema => """
        {"properties": {"host": {"type": "string"}, "port": {"type": ["integer", "string"]}, "database": {"type": "string"}, "dbname": {"type": "string"},
          "user": {"type": "string"}, "password": {"type": "string"}, "sslmode": {"type": "string"}},
         "required": ["user"], "anyOf": [{"required": ["database"]}, {"required": ["dbname"]}]}
        """;

    protected override PostgresSource ReadSource(SourceSettings settings) => new()
    {
        Id = settings.Id,
        Host = settings.OptionalString("host") ?? "localhost",
        Port = settings.Port(PostgresSource.DefaultPort),
        Database = settings.Database(),
        User = settings.RequiredString("user"),
        Password = settings.OptionalSecret("password"),
        SslMode = settings.OptionalString("sslmode"),
    };

    protected override IWarehouse Connect(PostgresSource source) => new PostgresWarehouse(source);
}
