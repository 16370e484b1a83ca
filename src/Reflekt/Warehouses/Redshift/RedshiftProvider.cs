using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Postgres;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Redshift;

/// <summary>Amazon Redshift (<c>type: redshift</c>): PostgreSQL's wire protocol and connection, its own dialect and catalog.</summary>
public sealed class RedshiftProvider : WarehouseProvider<RedshiftSource>
{
    public override string Type => "redshift";

    public override SqlDialect Dialect => RedshiftSqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new RedshiftReflectionSql();

    public override string SettingsSchema => """
        {"properties": {"host": {"type": "string"}, "port": {"type": ["integer", "string"]}, "database": {"type": "string"}, "dbname": {"type": "string"},
          "user": {"type": "string"}, "password": {"type": "string"}, "sslmode": {"type": "string"}},
         "required": ["host", "user", "password"], "anyOf": [{"required": ["database"]}, {"required": ["dbname"]}]}
        """;

    protected override RedshiftSource ReadSource(SourceSettings settings) => new()
    {
        Id = settings.Id,
        Host = settings.RequiredString("host"),
        Port = settings.Port(RedshiftSource.DefaultPort),
        Database = settings.Database(),
        User = settings.RequiredString("user"),
        Password = settings.RequiredSecret("password"),
        SslMode = settings.OptionalString("sslmode"),
    };

    protected override IWarehouse Connect(RedshiftSource source) => new PostgresWarehouse(source);

    public override ProfileEntry AskInitSettings(ISourceAnswers answers) =>
        new(Type, PostgresProvider.AskConnection(answers, RedshiftSource.DefaultPort, ProfileSetting.EnvVar("REDSHIFT_PASSWORD")));
}
