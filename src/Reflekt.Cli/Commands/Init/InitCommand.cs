using System.CommandLine;
using Reflekt.Warehouses;

namespace Reflekt.Cli.Commands.Init;

/// <summary><c>reflekt init</c>: create a project, asking for each answer not given as a flag.</summary>
internal static class InitCommand
{
    public const string DefaultSourceType = "sqlite";
    public static readonly string[] RegistryTypes = ["none", "segment", "avo", "reflekt", "s3"];

    public static Option<string> Dir { get; } = new("--dir") { Description = "Directory of the new project (created if missing).", HelpName = "DIR", DefaultValueFactory = _ => "." };
    public static Option<bool> NoInput { get; } = new("--no-input") { Description = "Ask nothing: every answer not given as a flag takes its default." };
    public static Option<string?> Name { get; } = Text("--name", "Project name. Default: the directory name.", "NAME");
    public static Option<string?> Vendor { get; } = Text("--vendor", "Schema vendor. Default: com.example.", "VENDOR");
    public static Option<string?> ProfilesPath { get; } = Text("--profiles-path", "Profiles file, relative to the project or ~/…. Default: reflekt_profiles.yml in the project.", "PATH");
    public static Option<string?> SourceType { get; } = Choice("--source-type", $"Warehouse source type. Default: {DefaultSourceType}.", "TYPE", [.. WarehouseProviders.Types]);
    public static Option<string?> SourceId { get; } = Text("--source-id", "Source id used in --source. Default: warehouse.", "ID");
    public static Option<string?> SqlitePath { get; } = Text("--sqlite-path", "sqlite: database file. Default: ./warehouse.sqlite.", "PATH");
    public static Option<string?> DuckDbPath { get; } = Text("--duckdb-path", "duckdb: database file. Default: ./warehouse.duckdb.", "PATH");
    public static Option<string?> Host { get; } = Text("--host", "postgres/redshift: host. Default: localhost.", "HOST");
    public static Option<int?> Port { get; } = PortNumber.Option("--port", "postgres/redshift: port. Default: 5432 (postgres), 5439 (redshift).");
    public static Option<string?> Database { get; } = Text("--database", "postgres/redshift/snowflake: database. Default: analytics.", "DATABASE");
    public static Option<string?> User { get; } = Text("--user", "postgres/redshift/snowflake: user. Default: reflekt.", "USER");
    public static Option<string?> Password { get; } = Text("--password", "postgres/redshift: password, or {{ env_var('NAME') }}. Default: none (postgres), {{ env_var('REDSHIFT_PASSWORD') }} (redshift). Snowflake takes no password.", "PASSWORD");
    public static Option<string?> Account { get; } = Text("--account", "snowflake: account identifier.", "ACCOUNT");
    public static Option<string?> Warehouse { get; } = Text("--warehouse", "snowflake: virtual warehouse.", "WAREHOUSE");
    public static Option<string?> Role { get; } = Text("--role", "snowflake: role.", "ROLE");
    public static Option<string?> PrivateKeyPath { get; } = Text("--private-key-path", "snowflake: PEM private key file for key-pair auth. Default: {{ env_var('SNOWFLAKE_PRIVATE_KEY_PATH') }}.", "FILE");
    public static Option<string?> Token { get; } = Text("--token", "snowflake: OAuth token, instead of a key pair.", "TOKEN");
    public static Option<string?> Keyfile { get; } = new("--keyfile") { Description = "bigquery: service-account key JSON file, inlined as keyfile_json.", HelpName = "FILE" };
    public static Option<string?> Registry { get; } = Choice("--registry", "Schema registry. Default: none.", "TYPE", RegistryTypes);
    public static Option<string?> SegmentApiToken { get; } = Text("--segment-api-token", "segment: Public API token. Default: {{ env_var('SEGMENT_API_TOKEN') }}.", "TOKEN");
    public static Option<string?> AvoWorkspaceId { get; } = Text("--avo-workspace-id", "avo: workspace id.", "ID");
    public static Option<string?> AvoServiceAccountName { get; } = Text("--avo-service-account-name", "avo: service account name.", "NAME");
    public static Option<string?> AvoServiceAccountSecret { get; } = Text("--avo-service-account-secret", "avo: service account secret. Default: {{ env_var('AVO_SERVICE_ACCOUNT_SECRET') }}.", "SECRET");
    public static Option<string?> RegistryUrl { get; } = Text("--registry-url", "reflekt: registry server URL. Default: http://127.0.0.1:8080.", "URL");
    public static Option<string?> RegistryApiKey { get; } = Text("--registry-api-key", "reflekt: API key. Default: {{ env_var('REFLEKT_API_KEY') }}.", "KEY");
    public static Option<string?> S3Bucket { get; } = Text("--s3-bucket", "s3: bucket.", "BUCKET");
    public static Option<string?> S3Prefix { get; } = Text("--s3-prefix", "s3: key prefix. Default: schemas.", "PREFIX");
    public static Option<string?> S3Region { get; } = Text("--s3-region", "s3: region. Default: us-east-1.", "REGION");
    public static Option<string?> Demo { get; } = Text("--demo", "Create a complete demo project in DIR instead: example schemas and a DuckDB warehouse of synthetic Segment events, ready for reflekt build.", "DIR");
    public static Option<string?> S3EndpointUrl { get; } = Text("--s3-endpoint-url", "s3: endpoint of an S3-compatible store. Default: AWS.", "URL");

    public static Command Create(CliContext context)
    {
        var command = new Command("init", "Initialize a Reflekt project: reflekt_project.yml, a profile, the meta-schema, .gitignore, README and a CI workflow.");
        Option[] options =
        [
            Dir, NoInput, Name, Vendor, ProfilesPath, SourceType, SourceId, SqlitePath, DuckDbPath, Host, Port, Database, User, Password,
            Account, Warehouse, Role, PrivateKeyPath, Token, Keyfile, Registry, SegmentApiToken, AvoWorkspaceId, AvoServiceAccountName, AvoServiceAccountSecret,
            RegistryUrl, RegistryApiKey, S3Bucket, S3Prefix, S3Region, S3EndpointUrl, Demo,
        ];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) => new InitHandler(parseResult, context).ExecuteAsync(cancellationToken));
        return command;
    }

    private static Option<string?> Text(string name, string description, string helpName) => new(name) { Description = description, HelpName = helpName };

    private static Option<string?> Choice(string name, string description, string helpName, string[] choices)
    {
        var option = new Option<string?>(name) { Description = description + " One of: " + string.Join(", ", choices) + ".", HelpName = helpName };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }
}
