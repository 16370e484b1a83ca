using System.CommandLine;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reflekt.Cli.Rendering;
using Reflekt.Projects.Scaffolding;

namespace Reflekt.Cli.Commands.Init;

/// <summary>Every question of <c>reflekt init</c>, in order: a flag answers it, otherwise the prompter asks (default shown).</summary>
internal sealed partial class InitQuestions(ParseResult parseResult, IPrompter prompter, string workingDirectory)
{
    public ScaffoldSettings Ask(string directory)
    {
        var name = Answer(InitCommand.Name, "Project name [letters, digits, underscore]", DefaultName(directory));
        var vendor = Answer(InitCommand.Vendor, "Schema vendor", "com.example");
        var profilesPath = Answer(InitCommand.ProfilesPath, "Path of reflekt_profiles.yml (relative to the project, or ~/...)", "reflekt_profiles.yml");
        var profileName = Answer(CommonOptions.Profile, "Profile name", "dev");
        var sourceType = Choose(InitCommand.SourceType, "Source type [where raw event data is stored]", InitCommand.SourceTypes, "sqlite");
        var sourceId = Answer(InitCommand.SourceId, "Source id", "warehouse").ToLowerInvariant();
        var source = new ProfileEntry(sourceType, [new ProfileSetting("id", sourceId), .. SourceSettings(sourceType)]);
        var registryType = Choose(InitCommand.Registry, "Schema registry [where event schemas are hosted]", InitCommand.RegistryTypes, "none");
        return new ScaffoldSettings
        {
            Directory = directory,
            Name = name,
            Vendor = vendor,
            ProfilesPath = profilesPath,
            ProfileName = profileName,
            Source = source,
            Registry = registryType == "none" ? null : new ProfileEntry(registryType, RegistrySettings(registryType)),
            ToolVersion = CliVersion.Current,
        };
    }

    private IReadOnlyList<ProfileSetting> SourceSettings(string type)
    {
        switch (type)
        {
            case "sqlite":
                return [new("path", Answer(InitCommand.SqlitePath, "SQLite database file", "./warehouse.sqlite"))];
            case "postgres":
            case "redshift":
                var defaultPort = type == "postgres" ? 5432 : 5439;
                List<ProfileSetting> settings =
                [
                    new("host", Answer(InitCommand.Host, "Host", "localhost")),
                    new("port", parseResult.GetValue(InitCommand.Port) is { } port ? Number(port) : prompter.Ask("Port", Number(defaultPort), answer => PortNumber.Problem(answer)), Raw: true),
                    new("database", Answer(InitCommand.Database, "Database", "analytics")),
                    new("user", Answer(InitCommand.User, "User", "reflekt")),
                ];
                var password = Secret(InitCommand.Password, "Password (or {{ env_var('NAME') }})", type == "postgres" ? "" : EnvVar("REDSHIFT_PASSWORD"));
                if (password.Length > 0)
                {
                    settings.Add(new("password", password));
                }

                return settings;
            case "snowflake":
                return
                [
                    new("account", Answer(InitCommand.Account, "Account", EnvVar("SNOWFLAKE_ACCOUNT"))),
                    new("database", Answer(InitCommand.Database, "Database", "raw")),
                    new("warehouse", Answer(InitCommand.Warehouse, "Warehouse", "compute_wh")),
                    new("role", Answer(InitCommand.Role, "Role", "reflekt")),
                    new("user", Answer(InitCommand.User, "User", "reflekt")),
                    new("password", Secret(InitCommand.Password, "Password (or {{ env_var('NAME') }})", EnvVar("SNOWFLAKE_PASSWORD"))),
                ];
            case "bigquery":
                var keyfile = parseResult.GetValue(InitCommand.Keyfile) ?? prompter.Ask("Service-account key JSON file", "");
                return [new("keyfile_json", ReadKeyfile(keyfile.Length == 0 ? "" : Path.GetFullPath(keyfile, workingDirectory)), Raw: true)];
            default:
                throw new ReflektException($"unknown source type '{type}'");
        }
    }

    private IReadOnlyList<ProfileSetting> RegistrySettings(string type) => type switch
    {
        "segment" => [new("api_token", Secret(InitCommand.SegmentApiToken, "Segment API token [Tracking Plan Admin access]", EnvVar("SEGMENT_API_TOKEN")))],
        "avo" =>
        [
            new("workspace_id", Answer(InitCommand.AvoWorkspaceId, "Avo workspace ID", EnvVar("AVO_WORKSPACE_ID"))),
            new("service_account_name", Answer(InitCommand.AvoServiceAccountName, "Avo service account name", EnvVar("AVO_SERVICE_ACCOUNT_NAME"))),
            new("service_account_secret", Secret(InitCommand.AvoServiceAccountSecret, "Avo service account secret", EnvVar("AVO_SERVICE_ACCOUNT_SECRET"))),
        ],
        "reflekt" =>
        [
            new("url", Answer(InitCommand.RegistryUrl, "Registry server URL", "http://127.0.0.1:8080")),
            new("api_key", Secret(InitCommand.RegistryApiKey, "Registry API key", EnvVar("REFLEKT_API_KEY"))),
        ],
        "s3" =>
        [
            new("bucket", Answer(InitCommand.S3Bucket, "S3 bucket", "reflekt-schemas")),
            new("prefix", Answer(InitCommand.S3Prefix, "S3 key prefix", "schemas")),
            new("region", Answer(InitCommand.S3Region, "S3 region", "us-east-1")),
            .. parseResult.GetValue(InitCommand.S3EndpointUrl) is { } endpoint ? [new ProfileSetting("endpoint_url", endpoint)] : Array.Empty<ProfileSetting>(),
        ],
        _ => throw new ReflektException($"unknown registry type '{type}'"),
    };

    private string Answer(Option<string?> flag, string question, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.Ask(question, defaultValue);

    private string Secret(Option<string?> flag, string question, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.AskSecret(question, defaultValue);

    private string Choose(Option<string?> flag, string question, IReadOnlyList<string> choices, string defaultValue) =>
        parseResult.GetValue(flag) ?? prompter.Choose(question, choices, defaultValue);

    private static string EnvVar(string name) => $"{{{{ env_var('{name}') }}}}";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string ReadKeyfile(string path)
    {
        if (path.Length == 0)
        {
            throw new ReflektException("a bigquery source needs --keyfile <service-account key JSON file>");
        }

        try
        {
            using var key = JsonDocument.Parse(File.ReadAllText(path));
            return key.RootElement.GetRawText().ReplaceLineEndings(" ");
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new ReflektException($"--keyfile {path}: {e.Message}", e);
        }
    }

    private static string DefaultName(string directory)
    {
        var name = NotIdentifier().Replace(Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)), "_");
        return name.Length == 0 ? "my_project" : name;
    }

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdentifier();
}
