using Reflekt.Projects.Scaffolding;
using Reflekt.Warehouses.Sql;

namespace Reflekt.Warehouses.Snowflake;

/// <summary>Snowflake (<c>type: snowflake</c>) through its SQL API v2.</summary>
public sealed class SnowflakeProvider : WarehouseProvider<SnowflakeSource>
{
    public override string Type => "snowflake";

    public override SqlDialect Dialect => SnowflakeSqlDialect.Instance;

    public override ReflectionSql Queries { get; } = new SnowflakeReflectionSql();

    public override string SettingsSchema => """
        {"properties": {"account": {"type": "string"}, "database": {"type": "string"}, "warehouse": {"type": "string"}, "role": {"type": "string"},
          "user": {"type": "string"}, "password": {"type": "string"}, "private_key": {"type": "string"}, "private_key_path": {"type": "string"},
          "token": {"type": "string"}, "endpoint_url": {"type": "string"}},
         "required": ["account", "database", "user"],
         "anyOf": [{"required": ["password"]}, {"required": ["private_key"]}, {"required": ["private_key_path"]}, {"required": ["token"]}]}
        """;

    protected override SnowflakeSource ReadSource(SourceSettings settings)
    {
        var source = new SnowflakeSource
        {
            Id = settings.Id,
            Account = settings.RequiredString("account"),
            Database = settings.RequiredString("database"),
            Warehouse = settings.OptionalString("warehouse"),
            Role = settings.OptionalString("role"),
            User = settings.RequiredString("user"),
            Password = settings.OptionalSecret("password"),
            PrivateKey = settings.OptionalSecret("private_key"),
            PrivateKeyPath = settings.OptionalPath("private_key_path"),
            Token = settings.OptionalSecret("token"),
            EndpointUrl = settings.OptionalString("endpoint_url"),
        };
        if (source.Password is null && source.PrivateKey is null && source.PrivateKeyPath is null && source.Token is null)
        {
            throw settings.Error(null, "a snowflake source needs 'password', 'private_key', 'private_key_path' or 'token'");
        }

        return source;
    }

    protected override IWarehouse Connect(SnowflakeSource source) => new SnowflakeWarehouse(source);

    // The SQL API takes a key-pair JWT or an OAuth token, never a password: init asks for those only.
    public override ProfileEntry AskInitSettings(ISourceAnswers answers)
    {
        if (answers.Given("--password"))
        {
            throw new ReflektException("--password: the Snowflake SQL API does not take passwords; use --private-key-path (key-pair auth) or --token (OAuth)");
        }

        List<ProfileSetting> settings =
        [
            new("account", answers.Text("--account", "Account", ProfileSetting.EnvVar("SNOWFLAKE_ACCOUNT"))),
            new("database", answers.Text("--database", "Database", "raw")),
            new("warehouse", answers.Text("--warehouse", "Warehouse", "compute_wh")),
            new("role", answers.Text("--role", "Role", "reflekt")),
            new("user", answers.Text("--user", "User", "reflekt")),
        ];
        settings.Add(answers.Given("--token")
            ? new("token", answers.Secret("--token", "OAuth token", ""))
            : new("private_key_path", answers.Text("--private-key-path", "Private key file (PEM, key-pair auth)", ProfileSetting.EnvVar("SNOWFLAKE_PRIVATE_KEY_PATH"))));
        return new(Type, settings);
    }
}
