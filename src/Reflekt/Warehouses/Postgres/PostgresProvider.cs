using Reflekt.Projects.Scaffolding;
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

    public override ProfileEntry AskInitSettings(ISourceAnswers answers) => new(Type, AskConnection(answers, PostgresSource.DefaultPort, passwordDefault: ""));

    /// <summary>The keys of a PostgreSQL wire-protocol source (Redshift's too); an empty password is left out.</summary>
    internal static IReadOnlyList<ProfileSetting> AskConnection(ISourceAnswers answers, int defaultPort, string passwordDefault)
    {
        List<ProfileSetting> settings =
        [
            new("host", answers.Text("--host", "Host", "localhost")),
            ProfileSetting.Number("port", answers.Port("--port", "Port", defaultPort)),
            new("database", answers.Text("--database", "Database", "analytics")),
            new("user", answers.Text("--user", "User", "reflekt")),
        ];
        var password = answers.Secret("--password", "Password (or {{ env_var('NAME') }})", passwordDefault);
        if (password.Length > 0)
        {
            settings.Add(new("password", password));
        }

        return settings;
    }
}
